/**
 * POST /idp/idx/challenge/answer — `enroll-authenticator`, `challenge-authenticator` (a code) and
 * `reset-authenticator` (a new password, checked against the password policy).
 */
import type { RequestContext, Route } from '../../../lib/http.ts';
import type { IdxDeps } from '../deps.ts';
import { advance } from '../flow/advance.ts';
import { MESSAGES } from '../messages.ts';
import { terminalBody, withPasscodeMessages } from '../render.ts';
import { objectField, replyState, sendIdx, stateBody, stringField, withState } from '../respond.ts';
import type { Transaction } from '../transaction.ts';

function codeMatches(deps: IdxDeps, tx: Transaction, passcode: string | undefined): boolean {
  const challenge = tx.challenge;
  if (!challenge || passcode === undefined) return false;
  // A stand-in challenge (unknown user) was never sent: nothing can match it.
  if (!challenge.destination) return false;
  const email = challenge.key === 'okta_email';
  if (deps.defects.has(email ? 'org.email-code-not-checked' : 'org.sms-code-not-checked')) return true;
  const alive = challenge.expiresAt >= deps.clock.now() || (email && deps.defects.has('org.email-code-lifetime-ignored'));
  return alive && passcode.trim() === challenge.otp;
}

function rejectField(ctx: RequestContext, deps: IdxDeps, tx: Transaction, status: number, message: ReturnType<typeof MESSAGES.passcodeInvalid>) {
  sendIdx(ctx, status, withPasscodeMessages(stateBody(ctx, deps, tx), tx.step, [message]));
}

function moveOn(ctx: RequestContext, deps: IdxDeps, tx: Transaction) {
  if (advance(deps, tx) === 'denied') return sendIdx(ctx, 403, terminalBody([MESSAGES.accessDenied()], tx));
  return replyState(ctx, deps, tx);
}

/** A verified code: records the enrollment or factor, then continues (recovery → reset). */
export function acceptVerifiedChallenge(ctx: RequestContext, deps: IdxDeps, tx: Transaction) {
  const challenge = tx.challenge!;
  if (tx.step === 'enroll-authenticator' && tx.userId && challenge.destination) {
    deps.dir.enrollPhone(tx.userId, challenge.destination);
  }
  tx.verified.push(challenge.key);
  if (tx.userId) deps.dir.recordFactorVerified(tx.userId, challenge.key);
  if (tx.recovery) {
    tx.challenge = undefined;
    tx.step = 'reset-authenticator';
    return replyState(ctx, deps, tx);
  }
  return moveOn(ctx, deps, tx);
}

export function answerRoute(deps: IdxDeps): Route {
  return {
    method: 'POST',
    path: '/idp/idx/challenge/answer',
    handler: withState(deps, ['enroll-authenticator', 'challenge-authenticator', 'reset-authenticator'], (ctx, tx, body) => {
      const passcode = stringField(objectField(body, 'credentials'), 'passcode');
      if (tx.step === 'reset-authenticator') return resetPassword(ctx, deps, tx, passcode);
      if (!codeMatches(deps, tx, passcode)) return rejectField(ctx, deps, tx, 401, MESSAGES.passcodeInvalid());
      return acceptVerifiedChallenge(ctx, deps, tx);
    }),
  };
}

function resetPassword(ctx: RequestContext, deps: IdxDeps, tx: Transaction, passcode: string | undefined) {
  if (!tx.userId || passcode === undefined) {
    return rejectField(ctx, deps, tx, 400, MESSAGES.passwordRequirementsNotMet('a new password is required'));
  }
  const result = deps.dir.setPassword(tx.userId, passcode);
  if (!result.ok) return rejectField(ctx, deps, tx, 400, MESSAGES.passwordRequirementsNotMet(result.unmet.join(', ')));
  tx.recovery = false;
  if (!tx.verified.includes('okta_password')) tx.verified.push('okta_password');
  return moveOn(ctx, deps, tx);
}
