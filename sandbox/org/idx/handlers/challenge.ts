/**
 * POST /idp/idx/challenge — `select-authenticator-authenticate` and
 * `authenticator-verification-data`. Email is sent as soon as it is chosen with its method (or
 * from its "Send me an email" page); a phone chosen by id alone first asks for the method.
 */
import type { Route } from '../../../lib/http.ts';
import type { IdxDeps } from '../deps.ts';
import { candidatesForStep, type Candidate } from '../flow/candidates.ts';
import { sendChallenge } from '../flow/challenge.ts';
import { MESSAGES } from '../messages.ts';
import { objectField, replyState, stringField, withState } from '../respond.ts';
import type { Transaction } from '../transaction.ts';
import { throttledMessage } from './throttled.ts';

function methodFor(tx: Transaction, candidate: Candidate, requested: string | undefined): string | undefined {
  if (requested !== undefined) return requested;
  if (candidate.authenticator.key === 'okta_email') return 'email';
  const onDataPage = tx.step === 'authenticator-verification-data';
  return onDataPage && candidate.authenticator.methods.length === 1 ? candidate.authenticator.methods[0] : undefined;
}

export function challengeRoute(deps: IdxDeps): Route {
  return {
    method: 'POST',
    path: '/idp/idx/challenge',
    handler: withState(deps, ['select-authenticator-authenticate', 'authenticator-verification-data', 'challenge-authenticator'], (ctx, tx, body) => {
      const choice = objectField(body, 'authenticator');
      const enrollmentId = stringField(choice, 'enrollmentId');
      const candidates = candidatesForStep(deps.dir, tx);
      const candidate = candidates.find((c) => c.authenticator.id === choice.id && (!enrollmentId || c.enrollmentId === enrollmentId));
      if (!candidate) {
        return replyState(ctx, deps, tx, 400, [MESSAGES.badRequest(`authenticator.id must be one of the offered authenticators (${candidates.map((c) => c.authenticator.id).join(', ') || 'none'})`)]);
      }
      const method = methodFor(tx, candidate, stringField(choice, 'methodType'));
      if (method === undefined) {
        tx.selected = { key: candidate.authenticator.key, enrollmentId: candidate.enrollmentId };
        tx.challenge = undefined;
        tx.step = 'authenticator-verification-data';
        return replyState(ctx, deps, tx);
      }
      const methods = candidate.authenticator.methods.length > 0 ? candidate.authenticator.methods : [candidate.authenticator.type];
      if (!methods.includes(method)) {
        return replyState(ctx, deps, tx, 400, [MESSAGES.badRequest(`methodType must be one of ${methods.join(', ')}; got ${method}`)]);
      }
      const outcome = sendChallenge(deps, ctx.origin, tx, {
        authenticator: candidate.authenticator,
        enrollmentId: candidate.enrollmentId,
        method,
        destination: candidate.destination,
      });
      if (!outcome.sent) return replyState(ctx, deps, tx, 429, [throttledMessage(outcome)]);
      tx.selected = { key: candidate.authenticator.key, enrollmentId: candidate.enrollmentId };
      tx.step = 'challenge-authenticator';
      return replyState(ctx, deps, tx);
    }),
  };
}
