/**
 * Issues a one-time code for an email or phone and sends it (email with its magic link). Each
 * send replaces the previous code. An unknown user's stand-in gets a code that is never sent, so
 * the responses look the same whether or not the account exists.
 */
import { randomInt } from 'node:crypto';
import type { DirAuthenticator } from '../directory.ts';
import type { IdxDeps } from '../deps.ts';
import type { Transaction } from '../transaction.ts';
import { opaque } from '../transactions.ts';

export interface ChallengeTarget {
  authenticator: DirAuthenticator;
  enrollmentId?: string;
  method: string;
  destination?: string;
}

export type SendOutcome = { sent: true } | { sent: false; errorCode: string; errorSummary: string };

const DEFAULT_CODE_LIFETIME_MINUTES = 5;

export function newOtp(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

export function emailLink(origin: string, tx: Transaction, linkToken: string): string {
  return `${origin}/email/verify/${encodeURIComponent(tx.clientId)}?token=${linkToken}`;
}

/**
 * As in Okta, a recovery email's code and link live as long as the password policy's recovery
 * token (60 min by default); every other code as long as its authenticator says.
 */
function codeLifetimeMinutes(deps: IdxDeps, tx: Transaction, target: ChallengeTarget): number {
  const recoveryMinutes = tx.recovery && target.authenticator.key === 'okta_email' ? deps.dir.passwordPolicy(tx.userId).recoveryTokenMinutes : undefined;
  return recoveryMinutes || target.authenticator.tokenLifetimeMinutes || DEFAULT_CODE_LIFETIME_MINUTES;
}

export function sendChallenge(deps: IdxDeps, origin: string, tx: Transaction, target: ChallengeTarget): SendOutcome {
  const channel = target.authenticator.key === 'okta_email' ? 'email' : 'sms';
  if (target.destination) {
    const permit = deps.dir.takeSend(channel, target.destination);
    if (!permit.allowed) return { sent: false, errorCode: permit.errorCode, errorSummary: permit.errorSummary };
  }
  const lifetimeMinutes = codeLifetimeMinutes(deps, tx, target);
  const otp = newOtp();
  const linkToken = channel === 'email' ? opaque(24) : undefined;
  tx.challenge = {
    key: target.authenticator.key,
    enrollmentId: target.enrollmentId,
    method: target.method,
    destination: target.destination,
    otp,
    expiresAt: deps.clock.now() + lifetimeMinutes * 60_000,
    linkToken,
  };
  if (linkToken) deps.transactions.registerLink(linkToken, tx);
  if (target.destination) {
    deliver(deps, origin, tx, { channel, enrolling: !target.enrollmentId, destination: target.destination, otp, linkToken, lifetimeMinutes });
  }
  return { sent: true };
}

const purposeOf = (tx: Transaction): 'recovery' | 'sign-in' => (tx.recovery ? 'recovery' : 'sign-in');

interface Delivery {
  channel: 'email' | 'sms';
  /** A new phone is being enrolled (no enrollment exists yet). */
  enrolling: boolean;
  destination: string;
  otp: string;
  linkToken?: string;
  lifetimeMinutes: number;
}

function deliver(deps: IdxDeps, origin: string, tx: Transaction, d: Delivery): void {
  if (d.channel === 'sms' && !d.enrolling && deps.defects.has('org.sms-challenge-not-sent')) return;
  if (d.channel === 'email' && !tx.recovery && deps.defects.has('org.email-challenge-not-sent')) return;
  if (d.channel === 'sms') {
    deps.messenger.sendSms({ to: d.destination, otp: d.otp, userId: tx.userId, purpose: d.enrolling ? 'enrollment' : purposeOf(tx) });
    return;
  }
  const user = tx.userId ? deps.dir.user(tx.userId) : undefined;
  deps.messenger.sendEmail({
    to: d.destination,
    otp: d.otp,
    link: emailLink(origin, tx, d.linkToken!),
    firstName: user?.firstName || user?.login || 'there',
    appName: deps.dir.app(tx.clientId)?.label ?? 'your app',
    lifetimeMinutes: d.lifetimeMinutes,
    userId: tx.userId,
    purpose: purposeOf(tx),
  });
}
