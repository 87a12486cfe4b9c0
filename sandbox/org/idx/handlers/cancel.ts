/** POST /idp/idx/cancel — abandons the attempt: a fresh identify state with a new state handle. */
import type { Route } from '../../../lib/http.ts';
import type { IdxDeps } from '../deps.ts';
import { replyState, withState } from '../respond.ts';

export function cancelRoute(deps: IdxDeps): Route {
  return {
    method: 'POST',
    path: '/idp/idx/cancel',
    handler: withState(deps, 'any', (ctx, tx) => replyState(ctx, deps, deps.transactions.restart(tx))),
  };
}
