/** Checks an access token this org issued: signature, issuer, expiry (org clock) and revocation. */
import { jwtVerify, type JWTPayload } from 'jose';
import type { OAuthDeps } from './deps.ts';

export async function verifyAccessToken(deps: OAuthDeps, token: string, issuer: string): Promise<JWTPayload | undefined> {
  try {
    const { payload } = await jwtVerify(token, deps.key.publicKey, {
      issuer,
      algorithms: ['RS256'],
      currentDate: new Date(deps.clock.now()),
    });
    if (typeof payload.jti !== 'string' || deps.revoked.has(payload.jti)) return undefined;
    if (typeof payload.uid !== 'string' || !Array.isArray(payload.scp)) return undefined;
    return payload;
  } catch {
    return undefined;
  }
}
