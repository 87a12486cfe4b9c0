// Shared by the widget app's pages: the settings from the page's JSON block, and the widget and
// auth-js client built from them. The widget bundles its own auth-js; `authClient` is that client.
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('app-config').textContent);

  function widgetOptions(extra) {
    var options = {
      issuer: config.issuer,
      clientId: config.clientId,
      redirectUri: config.redirectUri,
      scopes: config.scopes,
      // 'en' and local assets: any other language makes the widget fetch label bundles from a CDN.
      language: 'en',
      assets: { baseUrl: config.assetsBaseUrl },
      useClassicEngine: false,
    };
    return Object.assign(options, extra || {});
  }

  function showError(elementId, text) {
    var element = document.getElementById(elementId);
    element.textContent = text;
    element.hidden = false;
  }

  window.widgetApp = {
    config: config,
    createWidget: function (extra) {
      return new window.OktaSignIn(widgetOptions(extra));
    },
    authClient: function () {
      return new window.OktaSignIn(widgetOptions()).authClient;
    },
    showError: showError,
    /** A seeded defect of this app is on (see sandbox/defects/catalog.ts). */
    hasDefect: function (id) {
      return (config.defects || []).indexOf(id) >= 0;
    },
  };
})();
