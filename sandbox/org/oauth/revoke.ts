/**
 * POST {oauthBase}/v1/revoke — revokes an access token (refresh tokens are not issued here).
 * Unknown or malformed tokens succeed silently, as RFC 7009 requires.
 */
import { decodeJwt } from 'jose';
import { sendEmpty, type RequestContext, type Route } from '../../lib/http.ts';
import { authenticateClient } from './client-auth.ts';
import type { OAuthDeps } from './deps.ts';
import { ORG_AUTH_SERVER } from './paths.ts';
import { basicClient, formOf, sendOAuthError } from './respond.ts';
import { logTokenRevoked } from './token-events.ts';

function claimsOf(token: string | undefined): { jti?: string; uid?: string } {
  if (!token) return {};
  try {
    const { jti, uid } = decodeJwt(token);
    return { jti: typeof jti === 'string' ? jti : undefined, uid: typeof uid === 'string' ? uid : undefined };
  } catch {
    return {};
  }
}

export function revokeRoutes(deps: OAuthDeps): Route[] {
  const handler = (ctx: RequestContext) => {
    const form = formOf(ctx);
    if (!form.client_id && !basicClient(ctx).clientId) return sendOAuthError(ctx, 401, 'invalid_client', 'No client credentials found.');
    const client = authenticateClient(deps, ctx, form);
    if ('problem' in client) return sendOAuthError(ctx, ...client.problem);
    const clientId = form.client_id ?? basicClient(ctx).clientId ?? '';
    const { jti, uid } = claimsOf(form.token);
    if (jti && !deps.defects.has('org.revoke-ignored')) {
      deps.revoked.add(jti);
      if (uid) logTokenRevoked(deps, { userId: uid, clientId, authServerId: ctx.params.authServerId ?? ORG_AUTH_SERVER });
    }
    return sendEmpty(ctx.res, 200, { 'Cache-Control': 'no-store' });
  };
  return [
    { method: 'POST', path: '/oauth2/v1/revoke', handler },
    { method: 'POST', path: '/oauth2/:authServerId/v1/revoke', handler },
  ];
}
