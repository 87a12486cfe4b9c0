/** POST /idp/idx/recover — "Forgot password?": switches the transaction to password recovery. */
import type { Route } from '../../../lib/http.ts';
import type { IdxDeps } from '../deps.ts';
import { MESSAGES } from '../messages.ts';
import { replyState, withState } from '../respond.ts';

export function recoverRoute(deps: IdxDeps): Route {
  return {
    method: 'POST',
    path: '/idp/idx/recover',
    handler: withState(deps, ['identify'], (ctx, tx) => {
      if (!deps.dir.passwordPolicy(tx.userId).recoveryAllowed) {
        return replyState(ctx, deps, tx, 403, [MESSAGES.recoveryNotAllowed()]);
      }
      tx.recovery = true;
      tx.step = 'identify-recovery';
      return replyState(ctx, deps, tx);
    }),
  };
}
