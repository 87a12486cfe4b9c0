/**
 * Where each authorization server's endpoints live. The org server is the issuer `{origin}`
 * (`/oauth2/v1/...`); custom servers are `{origin}/oauth2/{id}` (`/oauth2/{id}/v1/...`).
 */

export const ORG_AUTH_SERVER = 'org';

export function oauthBasePath(authServerId: string): string {
  return authServerId === ORG_AUTH_SERVER ? '/oauth2' : `/oauth2/${authServerId}`;
}

export function issuerFor(origin: string, authServerId: string): string {
  return authServerId === ORG_AUTH_SERVER ? origin : `${origin}/oauth2/${authServerId}`;
}

export const tokenPath = (authServerId: string) => `${oauthBasePath(authServerId)}/v1/token`;
