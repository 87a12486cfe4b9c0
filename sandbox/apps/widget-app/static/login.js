// Renders the Sign-In Widget in interaction-code mode. On the email magic-link callback the URL
// carries `otp` and `state`, which the widget needs to resume the transaction that sent the email.
(function () {
  'use strict';
  var query = new URLSearchParams(window.location.search);
  var resume = {};
  if (query.get('otp') && query.get('state')) {
    resume = window.widgetApp.hasDefect('widget-app.magic-link-drops-state') ? { otp: query.get('otp') } : { otp: query.get('otp'), state: query.get('state') };
  }
  var widget = window.widgetApp.createWidget(Object.assign({ el: '#okta-signin-widget-container' }, resume));
  // On success the widget itself navigates to redirectUri?interaction_code=…&state=….
  widget.showSignInAndRedirect().catch(function (error) {
    var container = document.getElementById('okta-signin-widget-container');
    var alert = document.createElement('div');
    alert.setAttribute('role', 'alert');
    alert.textContent = 'The sign-in widget could not start: ' + (error && error.message ? error.message : String(error));
    container.parentNode.insertBefore(alert, container);
  });
})();
