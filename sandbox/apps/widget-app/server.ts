/**
 * The embedded-widget reference app (flow 3): pages hosting the real Sign-In Widget 7 in
 * interaction-code mode, served entirely from this server (widget assets from node_modules).
 */
import { sendHtml, startHttpServer, type RequestContext, type Route } from '../../lib/http.ts';
import type { PortOrListener } from '../../lib/ports.ts';
import type { RunningService } from '../../lib/service.ts';
import { faviconRoute } from '../shared/favicon.ts';
import { clientConfig, type WidgetClientConfig } from './client-config.ts';
import { callbackPage } from './pages/callback.ts';
import { homePage } from './pages/home.ts';
import { loginPage } from './pages/login.ts';
import { profilePage } from './pages/profile.ts';
import { serverTokenRoutes } from './server-tokens.ts';
import { staticRoutes } from './static-files.ts';
import { SessionStore } from '../sdk-app/session.ts';
import { Defects } from '../../defects/switches.ts';

export interface WidgetAppOptions {
  host?: string;
  /** 0 (default) picks a free port; a listener already bound is taken over (see `reservePort`). */
  port?: PortOrListener;
  /** Authorization server issuer, e.g. `${orgUrl}/oauth2/default`. */
  issuer: string;
  clientId: string;
  name?: string;
  scopes?: string[];
  /**
   * Where the tokens live: 'browser' (default; the widget's auth-js in localStorage) or 'server'
   * (the code is exchanged by this server and the tokens kept in its session: server-tokens.ts).
   */
  tokens?: 'browser' | 'server';
  /** Seeded defect ids (sandbox/defects/catalog.ts); only `widget-app.*` ones apply here. */
  defects?: readonly string[];
}

export const DEFAULT_WIDGET_APP_NAME = 'Embedded widget app';

export async function startWidgetApp(options: WidgetAppOptions): Promise<RunningService> {
  const appName = options.name ?? DEFAULT_WIDGET_APP_NAME;
  const settings = {
    issuer: options.issuer,
    clientId: options.clientId,
    scopes: options.scopes ?? ['openid', 'profile', 'email'],
    defects: new Defects(options.defects ?? []).ofLayer('widget-app'),
  };
  // The redirect URI contains the port, known only once listening.
  const holder: { config?: WidgetClientConfig } = {};
  const configNow = () => holder.config as WidgetClientConfig;
  const sessions = { store: new SessionStore('widget_app_sid') };
  const onServer = options.tokens === 'server';
  const routes = onServer
    ? [...serverTokenRoutes(appName, configNow, () => sessions.store), ...widgetAppRoutes(appName, configNow, true)]
    : widgetAppRoutes(appName, configNow, false);
  const server = await startHttpServer({ name: appName, routes }, options.port ?? 0, options.host);
  holder.config = clientConfig(settings, server.url);
  // The cookie name includes the port: browsers share cookies across ports of one host.
  sessions.store = new SessionStore(`widget_app_sid_${new URL(server.url).port}`);
  return { url: server.url, close: server.close };
}

/** The widget pages; with `tokensOnServer`, home and profile come from server-tokens.ts instead. */
function widgetAppRoutes(appName: string, config: () => WidgetClientConfig, tokensOnServer: boolean): Route[] {
  const browserTokenPages: Route[] = [
    { method: 'GET', path: '/', handler: (ctx) => sendHtml(ctx.res, 200, homePage(appName)) },
    { method: 'GET', path: '/profile', handler: (ctx) => sendHtml(ctx.res, 200, profilePage(appName, config())) },
  ];
  return [
    ...(tokensOnServer ? [] : browserTokenPages),
    { method: 'GET', path: '/login', handler: (ctx) => sendHtml(ctx.res, 200, loginPage(appName, config())) },
    { method: 'GET', path: '/login/callback', handler: (ctx) => callback(ctx, appName, config(), tokensOnServer) },
    ...staticRoutes(),
    faviconRoute,
  ];
}

/** The magic link (`otp` + `state`) re-renders the widget; an interaction code is exchanged. */
function callback(ctx: RequestContext, appName: string, config: WidgetClientConfig, tokensOnServer: boolean): void {
  const isEmailVerify = ctx.query.has('otp') && ctx.query.has('state');
  sendHtml(ctx.res, 200, isEmailVerify ? loginPage(appName, config) : callbackPage(appName, config, tokensOnServer));
}
