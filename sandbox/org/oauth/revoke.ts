/**
 * POST {oauthBase}/v1/revoke — revokes an access token (refresh tokens are not issued here).
 * Unknown or malformed tokens succeed silently, as RFC 7009 requires.
 */
import { decodeJwt } from 'jose';
import { sendEmpty, type RequestContext, type Route } from '../../lib/http.ts';
import { authenticateClient } from './client-auth.ts';
import type { OAuthDeps } from './deps.ts';
import { basicClient, formOf, sendOAuthError } from './respond.ts';

function jtiOf(token: string | undefined): string | undefined {
  if (!token) return undefined;
  try {
    const jti = decodeJwt(token).jti;
    return typeof jti === 'string' ? jti : undefined;
  } catch {
    return undefined;
  }
}

export function revokeRoutes(deps: OAuthDeps): Route[] {
  const handler = (ctx: RequestContext) => {
    const form = formOf(ctx);
    if (!form.client_id && !basicClient(ctx).clientId) return sendOAuthError(ctx, 401, 'invalid_client', 'No client credentials found.');
    const client = authenticateClient(deps, ctx, form);
    if ('problem' in client) return sendOAuthError(ctx, ...client.problem);
    const jti = jtiOf(form.token);
    if (jti) deps.revoked.add(jti);
    return sendEmpty(ctx.res, 200, { 'Cache-Control': 'no-store' });
  };
  return [
    { method: 'POST', path: '/oauth2/v1/revoke', handler },
    { method: 'POST', path: '/oauth2/:authServerId/v1/revoke', handler },
  ];
}
