/**
 * OpenID Provider metadata. auth-js reads it before `/v1/interact` (it refuses to start unless
 * `S256` is listed) and again when verifying the ID token (`issuer` must match `iss` exactly, and
 * `jwks_uri` locates the keys).
 */
import type { Route } from '../../lib/http.ts';
import { resolveServer, type OAuthDeps } from './deps.ts';
import { oauthBasePath } from './paths.ts';
import { sendOAuth, sendUnknownServer } from './respond.ts';

function metadata(issuer: string, base: string, origin: string, scopes: string[], grantTypes: string[]) {
  return {
    issuer,
    authorization_endpoint: `${base}/v1/authorize`,
    token_endpoint: `${base}/v1/token`,
    userinfo_endpoint: `${base}/v1/userinfo`,
    registration_endpoint: `${origin}/oauth2/v1/clients`,
    jwks_uri: `${base}/v1/keys`,
    response_types_supported: ['code', 'id_token', 'code id_token', 'code token', 'id_token token', 'code id_token token'],
    response_modes_supported: ['query', 'fragment', 'form_post', 'okta_post_message'],
    grant_types_supported: grantTypes,
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    scopes_supported: scopes,
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'client_secret_jwt', 'private_key_jwt', 'none'],
    claims_supported: ['iss', 'ver', 'sub', 'aud', 'iat', 'exp', 'jti', 'auth_time', 'amr', 'idp', 'nonce', 'name', 'given_name', 'family_name', 'email', 'email_verified', 'preferred_username', 'locale', 'zoneinfo', 'updated_at', 'at_hash'],
    code_challenge_methods_supported: ['S256'],
    introspection_endpoint: `${base}/v1/introspect`,
    revocation_endpoint: `${base}/v1/revoke`,
    end_session_endpoint: `${base}/v1/logout`,
    request_parameter_supported: true,
    request_object_signing_alg_values_supported: ['HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512'],
  };
}

export function discoveryRoutes(deps: OAuthDeps): Route[] {
  const handler: Route['handler'] = (ctx) => {
    const server = resolveServer(ctx, deps);
    if (!server) return sendUnknownServer(ctx);
    const base = `${ctx.origin}${oauthBasePath(server.info.id)}`;
    sendOAuth(ctx, 200, metadata(server.issuer, base, ctx.origin, server.info.scopes, server.info.grantTypes));
  };
  return [
    { method: 'GET', path: '/.well-known/openid-configuration', handler },
    { method: 'GET', path: '/.well-known/oauth-authorization-server', handler },
    { method: 'GET', path: '/oauth2/:authServerId/.well-known/openid-configuration', handler },
    { method: 'GET', path: '/oauth2/:authServerId/.well-known/oauth-authorization-server', handler },
  ];
}
