/**
 * POST /idp/idx/challenge/resend — sends a fresh code to the same destination, inside Okta's
 * throttle. The body is the unchanged state (byte-identical), so the widget does not re-render.
 */
import type { Route } from '../../../lib/http.ts';
import type { IdxDeps } from '../deps.ts';
import { sendChallenge } from '../flow/challenge.ts';
import { replyState, withState } from '../respond.ts';
import { throttledMessage } from './throttled.ts';

export function resendRoute(deps: IdxDeps): Route {
  return {
    method: 'POST',
    path: '/idp/idx/challenge/resend',
    handler: withState(deps, ['enroll-authenticator', 'challenge-authenticator'], (ctx, tx) => {
      const challenge = tx.challenge!;
      const authenticator = deps.dir.authenticators().find((a) => a.key === challenge.key);
      if (!authenticator) throw new Error(`the challenged authenticator ${challenge.key} disappeared from the org configuration`);
      const outcome = sendChallenge(deps, ctx.origin, tx, {
        authenticator,
        enrollmentId: challenge.enrollmentId,
        method: challenge.method,
        destination: challenge.destination,
      });
      if (!outcome.sent) return replyState(ctx, deps, tx, 429, [throttledMessage(outcome)]);
      return replyState(ctx, deps, tx);
    }),
  };
}
