/**
 * POST {oauthBase}/v1/interact — starts an Identity Engine transaction for a registered client
 * (confidential clients authenticate here too, as on a real org), its exact redirect URI, the
 * interaction_code grant and a PKCE S256 challenge. The `state` and `nonce` are kept with it: the
 * magic link hands the state back to the app, and the ID token carries the nonce.
 */
import { randomBytes } from 'node:crypto';
import type { RequestContext, Route } from '../../lib/http.ts';
import type { DirApp } from '../idx/directory.ts';
import { authenticateClient } from './client-auth.ts';
import { resolveServer, type OAuthDeps, type ResolvedServer } from './deps.ts';
import { formOf, sendOAuth, sendOAuthError, sendUnknownServer } from './respond.ts';

type Problem = [status: number, error: string, description: string];

function problemWith(form: Record<string, string>, app: DirApp, server: ResolvedServer, scopes: string[]): Problem | undefined {
  if (!app.grantTypes.includes('interaction_code') || !server.info.grantTypes.includes('interaction_code')) {
    return [400, 'unauthorized_client', `The client is not authorized to use the provided grant type. Configured grant types: [${app.grantTypes.join(', ')}].`];
  }
  if (!form.redirect_uri || !app.redirectUris.includes(form.redirect_uri)) {
    return [400, 'invalid_request', `'redirect_uri' must be a Login redirect URI in the client app settings: ${app.redirectUris.join(', ') || '(none)'}`];
  }
  if (!form.code_challenge) {
    return [400, 'invalid_request', app.tokenEndpointAuthMethod === 'none' ? "PKCE code challenge is required when the token endpoint authentication method is 'NONE'." : 'PKCE code challenge is required.'];
  }
  if (form.code_challenge_method !== 'S256') return [400, 'invalid_request', "'code_challenge_method' must be 'S256'."];
  const unknown = scopes.filter((s) => !server.info.scopes.includes(s));
  if (scopes.length === 0 || unknown.length > 0) {
    return [400, 'invalid_scope', `One or more scopes are not configured for the authorization server resource: ${unknown.join(' ') || '(none requested)'}.`];
  }
  return undefined;
}

export function interactRoutes(deps: OAuthDeps): Route[] {
  const handler = (ctx: RequestContext) => {
    const server = resolveServer(ctx, deps);
    if (!server) return sendUnknownServer(ctx);
    const form = formOf(ctx);
    const client = authenticateClient(deps, ctx, form);
    if ('problem' in client) return sendOAuthError(ctx, ...client.problem);
    const scopes = (form.scope ?? 'openid').split(/\s+/).filter(Boolean);
    const problem = problemWith(form, client.app, server, scopes);
    if (problem) return sendOAuthError(ctx, ...problem);
    const tx = deps.transactions.create({
      clientId: client.app.clientId,
      authServerId: server.info.id,
      redirectUri: form.redirect_uri!,
      scopes,
      state: form.state || randomBytes(32).toString('hex'),
      nonce: form.nonce || undefined,
      codeChallenge: form.code_challenge!,
    });
    return sendOAuth(ctx, 200, { interaction_handle: tx.interactionHandle });
  };
  return [
    { method: 'POST', path: '/oauth2/v1/interact', handler },
    { method: 'POST', path: '/oauth2/:authServerId/v1/interact', handler },
  ];
}
