/**
 * POST /idp/idx/challenge/poll — the email view's wait for the magic link. While nothing changed
 * it answers the same bytes; once another tab finished the sign-in it says so (terminal).
 */
import type { Route } from '../../../lib/http.ts';
import type { IdxDeps } from '../deps.ts';
import { MESSAGES } from '../messages.ts';
import { terminalBody } from '../render.ts';
import { bodyOf, replyExpired, replyState, sendIdx } from '../respond.ts';
import { acceptVerifiedChallenge } from './answer.ts';

export function pollRoute(deps: IdxDeps): Route {
  return {
    method: 'POST',
    path: '/idp/idx/challenge/poll',
    handler: (ctx) => {
      const tx = deps.transactions.byStateHandle(bodyOf(ctx).stateHandle);
      if (!tx) return replyExpired(ctx);
      if (tx.step === 'success') return sendIdx(ctx, 200, terminalBody([MESSAGES.transferredToNewTab()], tx));
      if (tx.step === 'challenge-authenticator' && tx.challenge?.verifiedByLink) return acceptVerifiedChallenge(ctx, deps, tx);
      return replyState(ctx, deps, tx);
    },
  };
}
