// The redirect after a successful widget sign-in: exchange the interaction code for tokens (PKCE
// verifier from this tab's transaction storage), keep them in localStorage, and open the profile.
(function () {
  'use strict';
  var authClient = window.widgetApp.authClient();
  var query = new URLSearchParams(window.location.search);
  if (query.get('error')) {
    window.widgetApp.showError('callback-error', 'Sign-in failed: ' + (query.get('error_description') || query.get('error')));
    document.getElementById('callback-status').hidden = true;
    return;
  }
  // The widget's bundled auth-js has no handleLoginRedirect; this is its interaction-code handler.
  authClient.idx
    .handleInteractionCodeRedirect(window.location.href)
    .then(function () {
      window.location.replace('/profile');
    })
    .catch(function (error) {
      document.getElementById('callback-status').hidden = true;
      window.widgetApp.showError('callback-error', 'Sign-in failed: ' + (error && error.message ? error.message : String(error)));
    });
})();
