// The redirect after a successful widget sign-in, when the app keeps tokens on its server: hand the
// interaction code and this tab's PKCE verifier to the server, which redeems them and keeps the
// tokens in its session; nothing is stored in the browser. Then open the (server-rendered) profile.
(function () {
  'use strict';
  var authClient = window.widgetApp.authClient();
  var query = new URLSearchParams(window.location.search);

  function fail(text) {
    document.getElementById('callback-status').hidden = true;
    window.widgetApp.showError('callback-error', 'Sign-in failed: ' + text);
  }

  if (query.get('error')) return fail(query.get('error_description') || query.get('error'));
  var meta = authClient.transactionManager.load();
  if (!meta || !meta.codeVerifier) return fail('this browser has no sign-in in progress.');
  // The state proves the redirect answers the transaction this tab started.
  if (meta.state !== query.get('state')) return fail('the sign-in answer does not match the sign-in this browser started.');
  fetch('/login/exchange', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ interactionCode: query.get('interaction_code'), codeVerifier: meta.codeVerifier }),
  })
    .then(function (response) {
      if (!response.ok) return response.text().then(function (text) { throw new Error(text); });
      authClient.transactionManager.clear();
      window.location.replace('/profile');
    })
    .catch(function (error) {
      fail(error && error.message ? error.message : String(error));
    });
})();
