/**
 * The settings the browser side needs (issuer, client id, redirect URI, scopes), embedded in each
 * page as a JSON data block that the static scripts read: no inline script, nothing to template.
 */
import { WIDGET_ASSETS_PATH } from './static-files.ts';

export interface WidgetClientConfig {
  issuer: string;
  clientId: string;
  redirectUri: string;
  scopes: string[];
  assetsBaseUrl: string;
  /** Seeded `widget-app.*` defects the page scripts honour (empty for the reference app). */
  defects: string[];
}

export function clientConfig(settings: { issuer: string; clientId: string; scopes: string[]; defects: string[] }, appUrl: string): WidgetClientConfig {
  return { ...settings, redirectUri: `${appUrl}/login/callback`, assetsBaseUrl: WIDGET_ASSETS_PATH };
}

/** A `<script type="application/json">` block; `<` is escaped so the JSON cannot close the tag. */
export function configBlock(config: WidgetClientConfig): string {
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<script type="application/json" id="app-config">${json}</script>`;
}

/** Stylesheet and script tags of the widget's own distribution. */
export function widgetAssetTags(): { head: string; script: string } {
  return {
    head: `<link rel="stylesheet" href="${WIDGET_ASSETS_PATH}/css/okta-sign-in.min.css">`,
    script: `${WIDGET_ASSETS_PATH}/js/okta-sign-in.min.js`,
  };
}
