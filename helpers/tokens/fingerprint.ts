/**
 * A token's fingerprint: enough to tell two tokens apart in a failure message, nothing that can be
 * used or decoded. Assertions about tokens compare presence, claims or this, never the token.
 */
import { createHash } from 'node:crypto';

export function tokenFingerprint(token: string): string {
  return `sha256:${createHash('sha256').update(token).digest('hex').slice(0, 12)}`;
}
