/**
 * Decides where a transaction goes after a factor was verified (or a user identified), from the
 * app's sign-on policy, the enrollment policy and what the user has enrolled.
 */
import type { Clock } from '../../../lib/service.ts';
import type { Directory } from '../directory.ts';
import type { Transaction } from '../transaction.ts';
import type { TransactionStore } from '../transactions.ts';
import { enrollmentOptions, signInCandidates } from './candidates.ts';

export function policySatisfied(dir: Directory, tx: Transaction): boolean {
  if (!tx.userId) return false;
  const policy = dir.accessPolicy(tx.clientId, tx.userId);
  if (!policy.allow) return false;
  const verified = new Set(tx.verified);
  if (policy.passwordRequired && !verified.has('okta_password')) return false;
  const counted = [...verified].filter((key) => policy.allowedKeys.includes(key) || (key === 'okta_password' && policy.passwordRequired));
  return counted.length >= (policy.factorMode === '2FA' ? 2 : 1);
}

export interface AdvanceDeps {
  dir: Directory;
  transactions: TransactionStore;
  clock: Clock;
}

/**
 * Moves `tx` to its next step; on success issues the interaction code and records the login.
 * Returns `denied` when nothing the user has or may enroll can satisfy the app's policy.
 */
export function advance(deps: AdvanceDeps, tx: Transaction): 'moved' | 'denied' {
  tx.challenge = undefined;
  tx.selected = undefined;
  if (!policySatisfied(deps.dir, tx)) return chooseNextFactor(deps.dir, tx);
  if (enrollmentOptions(deps.dir, tx, true).length > 0) {
    tx.step = 'select-authenticator-enroll';
    return 'moved';
  }
  tx.step = 'success';
  tx.completedAt = deps.clock.now();
  deps.transactions.issueCode(tx);
  if (tx.userId) deps.dir.recordLogin(tx.userId, tx.clientId);
  return 'moved';
}

function chooseNextFactor(dir: Directory, tx: Transaction): 'moved' | 'denied' {
  if (tx.userId && !dir.accessPolicy(tx.clientId, tx.userId).allow) return 'denied';
  const candidates = signInCandidates(dir, tx);
  if (candidates.length === 0) {
    if (enrollmentOptions(dir, tx, false).length === 0) return 'denied';
    tx.step = 'select-authenticator-enroll';
    return 'moved';
  }
  // Identifier-first with a single possible authenticator: Okta goes straight to that
  // authenticator's "send me a code" page; otherwise it lists the choices.
  if (candidates.length === 1 && tx.verified.length === 0) {
    const [only] = candidates;
    tx.selected = { key: only!.authenticator.key, enrollmentId: only!.enrollmentId };
    tx.step = 'authenticator-verification-data';
    return 'moved';
  }
  tx.step = 'select-authenticator-authenticate';
  return 'moved';
}
