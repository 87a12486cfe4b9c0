/**
 * Verifying an ID token the way a relying party must: signature against the issuer's published
 * keys, then issuer, audience and expiry. "Signed in" in this suite means such a token exists for
 * the right user, not just that a page says so.
 */
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { TargetError } from '../errors.ts';

export interface IdTokenExpectation {
  issuer: string;
  clientId: string;
}

export interface IdTokenClaims extends JWTPayload {
  email?: string;
  preferred_username?: string;
  name?: string;
}

const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

export async function verifyIdToken(idToken: string, { issuer, clientId }: IdTokenExpectation): Promise<IdTokenClaims> {
  const keys = keySets.get(issuer) ?? createRemoteJWKSet(new URL(await jwksUri(issuer)));
  keySets.set(issuer, keys);
  try {
    const { payload } = await jwtVerify<IdTokenClaims>(idToken, keys, { issuer, audience: clientId });
    return payload;
  } catch (error) {
    throw new TargetError('The ID token did not validate', {
      expected: `a token signed by a key of ${issuer}'s JWKS, with iss=${issuer}, aud=${clientId}, not expired`,
      seen: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      hint: "Check the authorization server's signing keys and the app's client id.",
      cause: error,
    });
  }
}

async function jwksUri(issuer: string): Promise<string> {
  const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const response = await fetch(url);
  if (!response.ok) {
    throw new TargetError('The issuer has no readable OpenID discovery document', {
      expected: `HTTP 200 from ${url}`,
      seen: `HTTP ${response.status}`,
      hint: 'Check OKTA_ISSUER: it must be the authorization server the apps use (e.g. <org>/oauth2/default).',
    });
  }
  const { jwks_uri: uri } = (await response.json()) as { jwks_uri?: string };
  if (!uri) {
    throw new TargetError('The discovery document has no jwks_uri', { expected: 'a jwks_uri', seen: 'none', hint: 'Check OKTA_ISSUER.' });
  }
  return uri;
}

/** The ID token auth-js keeps in `localStorage['okta-token-storage']` (widget app). */
export function idTokenFromTokenStorage(storageValue: string | null): string | undefined {
  if (!storageValue) return undefined;
  try {
    const parsed = JSON.parse(storageValue) as { idToken?: { idToken?: string } };
    return parsed.idToken?.idToken;
  } catch {
    return undefined;
  }
}
