/**
 * GET /profile — the userinfo claims table, filled by profile.js with the tokens the widget's
 * auth-js keeps in localStorage; without tokens profile.js sends the browser to /login.
 */
import { claimsTable, renderPage } from '../../shared/layout.ts';
import { configBlock, widgetAssetTags, type WidgetClientConfig } from '../client-config.ts';

export function profilePage(appName: string, config: WidgetClientConfig): string {
  const assets = widgetAssetTags();
  return renderPage({
    appName,
    heading: 'My profile',
    head: configBlock(config),
    body: `<div role="alert" id="profile-error" hidden></div>\n${claimsTable({})}\n` +
      // Disabled until profile.js has attached its handler, so an early click is never lost.
      '<div class="actions"><button type="button" id="sign-out" disabled>Sign out</button></div>',
    scripts: [assets.script, '/static/widget-config.js', '/static/profile.js'],
  });
}
