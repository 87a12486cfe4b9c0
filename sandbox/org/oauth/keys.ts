/**
 * The org's token-signing key. One RSA key per org instance with a `kid` derived from the key
 * itself (its JWK thumbprint), so the kid is stable for as long as the key is.
 */
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** The public JWK as `/v1/keys` serves it. */
  publicJwk: JWK;
}

export async function createSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  const exported = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(exported);
  // auth-js imports this JWK with WebCrypto: alg must be RS256 and there must be no key_ops/ext
  // that would forbid "verify".
  const publicJwk: JWK = { kty: 'RSA', alg: 'RS256', kid, use: 'sig', e: exported.e, n: exported.n };
  return { kid, privateKey, publicKey, publicJwk };
}

export function jwks(key: SigningKey): { keys: JWK[] } {
  return { keys: [key.publicJwk] };
}
