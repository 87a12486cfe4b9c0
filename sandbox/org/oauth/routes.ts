/** The OAuth/OIDC route table, for the org authorization server and the custom ones. */
import { sendJson, type RequestContext, type Route } from '../../lib/http.ts';
import type { OAuthDeps } from './deps.ts';
import { discoveryRoutes } from './discovery.ts';
import { interactRoutes } from './interact.ts';
import { jwks } from './keys.ts';
import { logoutRoutes } from './logout.ts';
import { revokeRoutes } from './revoke.ts';
import { tokenRoutes } from './token.ts';
import { userinfoRoutes } from './userinfo.ts';

function keysRoutes(deps: OAuthDeps): Route[] {
  const handler = (ctx: RequestContext) => sendJson(ctx.res, 200, jwks(deps.key), { 'Cache-Control': 'max-age=3600' });
  return [
    { method: 'GET', path: '/oauth2/v1/keys', handler },
    { method: 'GET', path: '/oauth2/:authServerId/v1/keys', handler },
  ];
}

/** auth-js ends the Okta session this way when it holds no ID token; the sandbox keeps none. */
function sessionRoutes(): Route[] {
  return [{
    method: 'DELETE',
    path: '/api/v1/sessions/me',
    handler: (ctx) => sendJson(ctx.res, 404, { errorCode: 'E0000007', errorSummary: 'Not found: Resource not found: me (Session)', errorLink: 'E0000007', errorId: 'oae-sandbox', errorCauses: [] }),
  }];
}

export function oauthRoutes(deps: OAuthDeps): Route[] {
  return [
    ...discoveryRoutes(deps),
    ...interactRoutes(deps),
    ...tokenRoutes(deps),
    ...keysRoutes(deps),
    ...userinfoRoutes(deps),
    ...revokeRoutes(deps),
    ...logoutRoutes(deps),
  ];
}

/** Routes that belong to the org but may also be served by the Management API (listed last). */
export const fallbackRoutes = sessionRoutes;
