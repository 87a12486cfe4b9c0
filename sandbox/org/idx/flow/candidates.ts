/**
 * Which authenticators a transaction may verify or enroll next, derived from the org's policies
 * and the user's enrollments every time (so a different org configuration changes the flow).
 */
import { createHash } from 'node:crypto';
import type { DirAuthenticator, Directory } from '../directory.ts';
import type { Transaction } from '../transaction.ts';

export interface Candidate {
  authenticator: DirAuthenticator;
  enrollmentId: string;
  /** Where codes go; absent for the stand-in enrollment of an unknown user. */
  destination?: string;
  /** What the views show (masked) when there is no destination. */
  shownAs?: string;
}

const SIGN_IN_USES = new Set(['any', 'sso']);
const RECOVERY_USES = new Set(['any', 'recovery']);

function activeAuthenticators(dir: Directory): Map<string, DirAuthenticator> {
  return new Map(dir.authenticators().filter((a) => a.active).map((a) => [a.key, a]));
}

/** A fake, stable email enrollment so an unknown user sees the same steps as a real one. */
export function phantomCandidate(dir: Directory, identifier: string): Candidate | undefined {
  const email = activeAuthenticators(dir).get('okta_email');
  if (!email) return undefined;
  const digest = createHash('sha256').update(identifier.toLowerCase()).digest('hex').slice(0, 17);
  return { authenticator: email, enrollmentId: `eae${digest}`, shownAs: identifier.includes('@') ? identifier : undefined };
}

function userCandidates(dir: Directory, userId: string, uses: Set<string>): Candidate[] {
  const authenticators = activeAuthenticators(dir);
  const candidates: Candidate[] = [];
  for (const enrollment of dir.enrollments(userId)) {
    const authenticator = authenticators.get(enrollment.key);
    if (!authenticator || enrollment.key === 'okta_password') continue;
    if (!uses.has(authenticator.allowedFor)) continue;
    candidates.push({ authenticator, enrollmentId: enrollment.id, destination: enrollment.destination });
  }
  return candidates;
}

/** Enrolled authenticators that can still move the sign-in forward. */
export function signInCandidates(dir: Directory, tx: Transaction): Candidate[] {
  if (tx.phantomIdentifier !== undefined) {
    const phantom = phantomCandidate(dir, tx.phantomIdentifier);
    return phantom && !tx.verified.includes('okta_email') ? [phantom] : [];
  }
  if (!tx.userId) return [];
  const policy = dir.accessPolicy(tx.clientId, tx.userId);
  return userCandidates(dir, tx.userId, SIGN_IN_USES).filter(
    (c) => policy.allowedKeys.includes(c.authenticator.key) && !tx.verified.includes(c.authenticator.key),
  );
}

/** Enrollments the password policy accepts for recovery; an unknown user gets a stand-in. */
export function recoveryCandidates(dir: Directory, tx: Transaction): Candidate[] {
  if (tx.userId) {
    const rules = dir.passwordPolicy(tx.userId);
    const found = userCandidates(dir, tx.userId, RECOVERY_USES).filter((c) => rules.recoveryKeys.includes(c.authenticator.key));
    if (found.length > 0) return found;
  }
  const phantom = phantomCandidate(dir, tx.phantomIdentifier ?? '');
  return phantom ? [phantom] : [];
}

/** The candidate offered in the current step (the one the user picked, or the only one). */
export function candidatesForStep(dir: Directory, tx: Transaction): Candidate[] {
  return tx.recovery ? recoveryCandidates(dir, tx) : signInCandidates(dir, tx);
}

/**
 * Authenticators the user may enroll now: the ones the enrollment policy requires, or (when the
 * sign-in policy cannot be met with what is enrolled) any the policy allows and the app accepts.
 */
export function enrollmentOptions(dir: Directory, tx: Transaction, onlyRequired: boolean): DirAuthenticator[] {
  if (!tx.userId) return [];
  const policy = dir.enrollmentPolicy(tx.userId);
  const access = dir.accessPolicy(tx.clientId, tx.userId);
  const enrolled = new Set(dir.enrollments(tx.userId).map((e) => e.key));
  return [...activeAuthenticators(dir).values()].filter((a) => {
    if (a.key === 'okta_password' || enrolled.has(a.key)) return false;
    const requirement = policy[a.key] ?? 'NOT_ALLOWED';
    if (onlyRequired) return requirement === 'REQUIRED';
    return requirement !== 'NOT_ALLOWED' && access.allowedKeys.includes(a.key);
  });
}
