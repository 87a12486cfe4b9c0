/**
 * GET /login and the email magic-link callback: the page that hosts the Sign-In Widget. login.js
 * passes `otp` and `state` from the URL to the widget when present, which is how a magic link
 * resumes the transaction (or, in another browser, gets the widget's "original browser" outcome).
 */
import { renderPage } from '../../shared/layout.ts';
import { configBlock, widgetAssetTags, type WidgetClientConfig } from '../client-config.ts';

export function loginPage(appName: string, config: WidgetClientConfig): string {
  const assets = widgetAssetTags();
  return renderPage({
    appName,
    heading: 'Sign in',
    head: `${assets.head}\n${configBlock(config)}`,
    body: '<div id="okta-signin-widget-container"></div>',
    scripts: [assets.script, '/static/widget-config.js', '/static/login.js'],
  });
}
