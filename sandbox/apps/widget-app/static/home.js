// Shows "My profile" instead of "Sign in" when the widget's auth-js holds unexpired tokens.
(function () {
  'use strict';

  function hasLiveTokens() {
    try {
      var stored = JSON.parse(window.localStorage.getItem('okta-token-storage') || '{}');
      var now = Math.floor(Date.now() / 1000);
      return Boolean(stored.accessToken && stored.idToken && stored.accessToken.expiresAt > now);
    } catch {
      // Unreadable storage means no usable tokens.
      return false;
    }
  }

  var signedIn = hasLiveTokens();
  document.getElementById('home-signed-out').hidden = signedIn;
  document.getElementById('home-signed-in').hidden = !signedIn;
})();
