/**
 * POST /idp/idx/introspect — the current state of a transaction, by interaction handle (first
 * load, and the magic-link tab: always the latest state) or by state handle (sent as
 * `stateToken` by auth-js).
 */
import type { Route } from '../../../lib/http.ts';
import type { IdxDeps } from '../deps.ts';
import { bodyOf, replyExpired, replyState } from '../respond.ts';

export function introspectRoute(deps: IdxDeps): Route {
  return {
    method: 'POST',
    path: '/idp/idx/introspect',
    handler: (ctx) => {
      const body = bodyOf(ctx);
      const tx = body.interactionHandle !== undefined
        ? deps.transactions.byInteractionHandle(body.interactionHandle)
        : deps.transactions.byStateHandle(body.stateToken ?? body.stateHandle);
      if (!tx || tx.redeemed) return replyExpired(ctx);
      return replyState(ctx, deps, tx);
    },
  };
}
