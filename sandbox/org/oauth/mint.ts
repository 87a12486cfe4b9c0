/**
 * RS256 ID and access tokens with the claims Okta emits (idx-protocol.md §3.4). The access token
 * is a JWT too: the widget's bundled auth-js 7 always decodes it.
 */
import { createHash } from 'node:crypto';
import { SignJWT } from 'jose';
import type { DirUser } from '../idx/directory.ts';
import { opaque } from '../idx/transactions.ts';
import { profileClaims } from './claims.ts';
import type { SigningKey } from './keys.ts';

export interface MintInput {
  key: SigningKey;
  issuer: string;
  audience: string;
  clientId: string;
  user: DirUser;
  scopes: string[];
  nonce?: string;
  amr: string[];
  /** Epoch ms of the authentication. */
  authTime: number;
  now: number;
  accessMinutes: number;
  idMinutes: number;
  /** Signs the ID token instead of `key` (only a seeded defect uses it). */
  idTokenKey?: SigningKey;
}

export interface MintedTokens {
  accessToken: string;
  idToken?: string;
  expiresIn: number;
  accessJti: string;
}

/** `at_hash`: base64url of the left half of SHA-256 over the access token. */
export function atHash(accessToken: string): string {
  return createHash('sha256').update(accessToken).digest().subarray(0, 16).toString('base64url');
}

function sign(key: SigningKey, claims: Record<string, unknown>): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: key.kid }).sign(key.privateKey);
}

export async function mintTokens(m: MintInput): Promise<MintedTokens> {
  const iat = Math.floor(m.now / 1000);
  const authTime = Math.floor(m.authTime / 1000);
  const accessJti = `AT.${opaque(24)}`;
  const accessToken = await sign(m.key, {
    ver: 1, jti: accessJti, iss: m.issuer, aud: m.audience, iat, exp: iat + m.accessMinutes * 60,
    cid: m.clientId, uid: m.user.id, scp: m.scopes, auth_time: authTime, sub: m.user.login,
  });
  const expiresIn = m.accessMinutes * 60;
  if (!m.scopes.includes('openid')) return { accessToken, expiresIn, accessJti };
  const idToken = await sign(m.idTokenKey ?? m.key, {
    sub: m.user.id,
    ...profileClaims(m.user, m.scopes, false),
    ver: 1, iss: m.issuer, aud: m.clientId, iat, exp: iat + m.idMinutes * 60,
    jti: `ID.${opaque(24)}`, amr: m.amr, idp: `00o${createHash('sha256').update(new URL(m.issuer).origin).digest('hex').slice(0, 17)}`,
    ...(m.nonce ? { nonce: m.nonce } : {}),
    auth_time: authTime, at_hash: atHash(accessToken),
  });
  return { accessToken, idToken, expiresIn, accessJti };
}
