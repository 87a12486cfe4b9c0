/** GET|POST {oauthBase}/v1/userinfo — the signed-in user's claims for the token's scopes. */
import { sendEmpty, type RequestContext, type Route } from '../../lib/http.ts';
import { verifyAccessToken } from './access-token.ts';
import { profileClaims } from './claims.ts';
import { resolveServer, type OAuthDeps } from './deps.ts';
import { NO_STORE, sendOAuth, sendUnknownServer } from './respond.ts';

function unauthorized(ctx: RequestContext, description: string): void {
  sendEmpty(ctx.res, 401, {
    ...NO_STORE,
    'WWW-Authenticate': `Bearer authorization_uri="${ctx.origin}/oauth2/v1/authorize", error="invalid_token", error_description="${description}"`,
  });
}

export function userinfoRoutes(deps: OAuthDeps): Route[] {
  const handler = async (ctx: RequestContext) => {
    const server = resolveServer(ctx, deps);
    if (!server) return sendUnknownServer(ctx);
    const header = ctx.req.headers.authorization ?? '';
    if (!header.startsWith('Bearer ')) return unauthorized(ctx, 'The access token is missing.');
    const payload = await verifyAccessToken(deps, header.slice(7).trim(), server.issuer);
    if (!payload) return unauthorized(ctx, 'The access token is invalid.');
    const user = deps.dir.user(payload.uid as string);
    if (!user) return unauthorized(ctx, 'The access token is invalid.');
    const claims: Record<string, unknown> = { sub: user.id, ...profileClaims(user, payload.scp as string[], true) };
    if (deps.defects.has('org.userinfo-drops-email')) delete claims.email;
    return sendOAuth(ctx, 200, claims);
  };
  return [
    { method: 'GET', path: '/oauth2/v1/userinfo', handler },
    { method: 'POST', path: '/oauth2/v1/userinfo', handler },
    { method: 'GET', path: '/oauth2/:authServerId/v1/userinfo', handler },
    { method: 'POST', path: '/oauth2/:authServerId/v1/userinfo', handler },
  ];
}
