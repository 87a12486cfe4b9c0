// Fills the claims table from the org's userinfo endpoint using the stored tokens; without tokens
// the user is not signed in and goes to /login. Sign out revokes the access token and forgets both.
(function () {
  'use strict';
  var authClient = window.widgetApp.authClient();

  function fill(claims) {
    var cells = document.querySelectorAll('[data-claim]');
    for (var i = 0; i < cells.length; i++) {
      var value = claims[cells[i].getAttribute('data-claim')];
      cells[i].textContent = value === undefined ? '' : String(value);
    }
  }

  function signOut() {
    var button = document.getElementById('sign-out');
    button.disabled = true;
    var revoked = window.widgetApp.hasDefect('widget-app.signout-not-revoked') ? Promise.resolve() : authClient.revokeAccessToken();
    revoked
      .catch(function () {
        // Revocation failing must not keep the user signed in here.
      })
      .then(function () {
        if (!window.widgetApp.hasDefect('widget-app.signout-keeps-tokens')) authClient.tokenManager.clear();
        window.location.assign('/');
      });
  }

  var signOutButton = document.getElementById('sign-out');
  signOutButton.addEventListener('click', signOut);
  signOutButton.disabled = false;

  authClient.tokenManager.getTokens().then(function (tokens) {
    if (!tokens.accessToken || !tokens.idToken) {
      window.location.replace('/login');
      return;
    }
    return authClient.token.getUserInfo(tokens.accessToken, tokens.idToken).then(fill, function (error) {
      window.widgetApp.showError('profile-error', 'Could not load your profile: ' + (error && error.message ? error.message : String(error)));
    });
  });
})();
