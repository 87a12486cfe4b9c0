/**
 * Okta-like identifiers: a three-character type prefix plus 17 alphanumerics (20 in all), so ids
 * read like the real ones in logs. Seeded objects get stable ids derived from their names, which
 * keeps them the same across sandbox restarts.
 */
import { createHash, randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function encode(bytes: Uint8Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[bytes[i]! % ALPHABET.length];
  return out;
}

export function newId(prefix: string, length = 17): string {
  return prefix + encode(randomBytes(length), length);
}

export function stableId(prefix: string, seed: string, length = 17): string {
  return prefix + encode(createHash('sha256').update(seed).digest(), length);
}

/** An opaque random token (recovery tokens, activation tokens, errorId values). */
export function randomToken(length = 20): string {
  return encode(randomBytes(length), length);
}

export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}
