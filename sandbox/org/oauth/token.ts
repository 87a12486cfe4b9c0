/**
 * POST {oauthBase}/v1/token — the `interaction_code` grant: a one-time code, bound to the client
 * (authenticated by its registered method) and the PKCE challenge of its transaction. The response
 * never carries `state` (auth-js would reject it as a mismatch).
 */
import { createHash } from 'node:crypto';
import type { RequestContext, Route } from '../../lib/http.ts';
import type { Transaction } from '../idx/transaction.ts';
import { amrFor } from './claims.ts';
import { authenticateClient } from './client-auth.ts';
import { resolveServer, type OAuthDeps, type ResolvedServer } from './deps.ts';
import { createSigningKey } from './keys.ts';
import { mintTokens } from './mint.ts';
import { formOf, sendOAuth, sendOAuthError, sendUnknownServer } from './respond.ts';

const CODE_PROBLEMS = {
  unknown: 'The interaction code is invalid.',
  used: 'The interaction code has already been used.',
  expired: 'The interaction code has expired.',
} as const;

function pkceMatches(verifier: string | undefined, challenge: string): boolean {
  if (!verifier) return false;
  return createHash('sha256').update(verifier).digest('base64url') === challenge;
}

export function tokenRoutes(deps: OAuthDeps): Route[] {
  const handler = async (ctx: RequestContext) => {
    const server = resolveServer(ctx, deps);
    if (!server) return sendUnknownServer(ctx);
    const form = formOf(ctx);
    if (form.grant_type !== 'interaction_code') {
      return sendOAuthError(ctx, 400, 'unsupported_grant_type', `The authorization grant type is not supported by the authorization server. Configured grant types: [interaction_code].`);
    }
    const client = authenticateClient(deps, ctx, form);
    if ('problem' in client) return sendOAuthError(ctx, ...client.problem);
    if (!client.app.grantTypes.includes('interaction_code')) {
      return sendOAuthError(ctx, 400, 'unauthorized_client', `The client is not authorized to use the provided grant type. Configured grant types: [${client.app.grantTypes.join(', ')}].`);
    }
    const found = deps.transactions.codeTransaction(form.interaction_code);
    if ('problem' in found) return sendOAuthError(ctx, 400, 'invalid_grant', CODE_PROBLEMS[found.problem]);
    const { tx } = found;
    if (tx.clientId !== client.app.clientId || tx.authServerId !== server.info.id) {
      return sendOAuthError(ctx, 400, 'invalid_grant', 'The interaction code was issued to another client or authorization server.');
    }
    if (!pkceMatches(form.code_verifier, tx.codeChallenge)) return sendOAuthError(ctx, 400, 'invalid_grant', 'PKCE verification failed.');
    deps.transactions.redeem(form.interaction_code!);
    return issue(ctx, deps, server, tx);
  };
  return [
    { method: 'POST', path: '/oauth2/v1/token', handler },
    { method: 'POST', path: '/oauth2/:authServerId/v1/token', handler },
  ];
}

async function issue(ctx: RequestContext, deps: OAuthDeps, server: ResolvedServer, tx: Transaction) {
  const user = tx.userId ? deps.dir.user(tx.userId) : undefined;
  if (!user) return sendOAuthError(ctx, 400, 'invalid_grant', 'The user of this interaction no longer exists.');
  // Recovery can reach success without the sign-in identify step, which checks assignment first.
  if (!deps.dir.isAssigned(tx.clientId, user.id)) return sendOAuthError(ctx, 403, 'access_denied', 'User is not assigned to the client application.');
  const tokens = await mintTokens({
    key: deps.key,
    issuer: server.issuer,
    audience: server.audience,
    clientId: tx.clientId,
    user,
    scopes: tx.scopes,
    nonce: tx.nonce,
    amr: amrFor(tx.verified),
    authTime: tx.completedAt ?? deps.clock.now(),
    now: deps.clock.now(),
    accessMinutes: server.info.accessTokenMinutes,
    idMinutes: server.info.idTokenMinutes,
    // A key with the published kid but not the published key: the signature cannot verify.
    idTokenKey: deps.defects.has('org.id-token-foreign-key') ? { ...(await createSigningKey()), kid: deps.key.kid } : undefined,
  });
  deps.dir.recordTokenGrant({
    userId: user.id,
    clientId: tx.clientId,
    authServerId: server.info.id,
    tokenTypes: tokens.idToken ? ['access_token', 'id_token'] : ['access_token'],
  });
  return sendOAuth(ctx, 200, {
    token_type: 'Bearer',
    expires_in: tokens.expiresIn,
    access_token: tokens.accessToken,
    scope: tx.scopes.join(' '),
    ...(tokens.idToken ? { id_token: tokens.idToken } : {}),
  });
}
