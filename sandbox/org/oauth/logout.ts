/**
 * GET {oauthBase}/v1/logout — RP-initiated logout: back to a registered post-logout redirect URI
 * (with `state`). There is no Okta session cookie in the sandbox, so nothing else to end.
 */
import { decodeJwt } from 'jose';
import { escapeHtml, redirect, sendHtml, type RequestContext, type Route } from '../../lib/http.ts';
import type { OAuthDeps } from './deps.ts';

function clientOf(idTokenHint: string | null): string | undefined {
  if (!idTokenHint) return undefined;
  try {
    const aud = decodeJwt(idTokenHint).aud;
    return Array.isArray(aud) ? aud[0] : aud;
  } catch {
    return undefined;
  }
}

function page(status: number, title: string, text: string, ctx: RequestContext) {
  sendHtml(ctx.res, status, `<!DOCTYPE html><html lang="en"><head><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></main></body></html>`);
}

export function logoutRoutes(deps: OAuthDeps): Route[] {
  const handler = (ctx: RequestContext) => {
    const target = ctx.query.get('post_logout_redirect_uri');
    if (!target) return page(200, 'Signed out', 'You have been signed out.', ctx);
    const clientId = clientOf(ctx.query.get('id_token_hint')) ?? ctx.query.get('client_id') ?? undefined;
    const app = clientId ? deps.dir.app(clientId) : undefined;
    if (!app || !app.postLogoutRedirectUris.includes(target)) {
      return page(400, 'Bad request', "The 'post_logout_redirect_uri' parameter must be a Logout redirect URI in the client app settings.", ctx);
    }
    const location = new URL(target);
    const state = ctx.query.get('state');
    if (state) location.searchParams.set('state', state);
    return redirect(ctx.res, location.toString());
  };
  return [
    { method: 'GET', path: '/oauth2/v1/logout', handler },
    { method: 'GET', path: '/oauth2/:authServerId/v1/logout', handler },
  ];
}
