/** GET /login/callback?interaction_code=&state= — callback.js exchanges the code, then opens /profile. */
import { renderPage } from '../../shared/layout.ts';
import { configBlock, widgetAssetTags, type WidgetClientConfig } from '../client-config.ts';

export function callbackPage(appName: string, config: WidgetClientConfig, tokensOnServer = false): string {
  const assets = widgetAssetTags();
  return renderPage({
    appName,
    heading: 'Signing in',
    head: configBlock(config),
    body: '<p role="status" id="callback-status">Completing your sign-in…</p>\n<div role="alert" id="callback-error" hidden></div>\n<p><a href="/login">Sign in again</a></p>',
    scripts: [assets.script, '/static/widget-config.js', tokensOnServer ? '/static/callback-server.js' : '/static/callback.js'],
  });
}
