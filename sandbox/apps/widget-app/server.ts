/**
 * The embedded-widget reference app (flow 3): pages hosting the real Sign-In Widget 7 in
 * interaction-code mode, served entirely from this server (widget assets from node_modules).
 */
import { type PortOrListener, sendHtml, startHttpServer, type RequestContext, type Route } from '../../lib/http.ts';
import type { RunningService } from '../../lib/service.ts';
import { faviconRoute } from '../shared/favicon.ts';
import { clientConfig, type WidgetClientConfig } from './client-config.ts';
import { callbackPage } from './pages/callback.ts';
import { homePage } from './pages/home.ts';
import { loginPage } from './pages/login.ts';
import { profilePage } from './pages/profile.ts';
import { staticRoutes } from './static-files.ts';

export interface WidgetAppOptions {
  host?: string;
  /** 0 (default) picks a free port; a listener already bound is taken over (see `reservePort`). */
  port?: PortOrListener;
  /** Authorization server issuer, e.g. `${orgUrl}/oauth2/default`. */
  issuer: string;
  clientId: string;
  name?: string;
  scopes?: string[];
}

export const DEFAULT_WIDGET_APP_NAME = 'Embedded widget app';

export async function startWidgetApp(options: WidgetAppOptions): Promise<RunningService> {
  const appName = options.name ?? DEFAULT_WIDGET_APP_NAME;
  const settings = { issuer: options.issuer, clientId: options.clientId, scopes: options.scopes ?? ['openid', 'profile', 'email'] };
  // The redirect URI contains the port, known only once listening.
  const holder: { config?: WidgetClientConfig } = {};
  const configNow = () => holder.config as WidgetClientConfig;
  const server = await startHttpServer({ name: appName, routes: widgetAppRoutes(appName, configNow) }, options.port ?? 0, options.host);
  holder.config = clientConfig(settings, server.url);
  return { url: server.url, close: server.close };
}

function widgetAppRoutes(appName: string, config: () => WidgetClientConfig): Route[] {
  return [
    { method: 'GET', path: '/', handler: (ctx) => sendHtml(ctx.res, 200, homePage(appName)) },
    { method: 'GET', path: '/login', handler: (ctx) => sendHtml(ctx.res, 200, loginPage(appName, config())) },
    { method: 'GET', path: '/login/callback', handler: (ctx) => callback(ctx, appName, config()) },
    { method: 'GET', path: '/profile', handler: (ctx) => sendHtml(ctx.res, 200, profilePage(appName, config())) },
    ...staticRoutes(),
    faviconRoute,
  ];
}

/** The magic link (`otp` + `state`) re-renders the widget; an interaction code is exchanged. */
function callback(ctx: RequestContext, appName: string, config: WidgetClientConfig): void {
  const isEmailVerify = ctx.query.has('otp') && ctx.query.has('state');
  sendHtml(ctx.res, 200, isEmailVerify ? loginPage(appName, config) : callbackPage(appName, config));
}
