/**
 * POST /idp/idx/identify — both `identify` (sign-in) and `identify-recovery`. A wrong password and
 * an unknown user give the same answer; identifier-first continues with a stand-in for unknown
 * users, so the response never reveals whether an account exists. A known user who is not
 * assigned to the app is refused with Okta's message, after the password check.
 */
import type { Route } from '../../../lib/http.ts';
import type { IdxDeps } from '../deps.ts';
import { advance } from '../flow/advance.ts';
import { MESSAGES } from '../messages.ts';
import { objectField, replyState, sendIdx, stringField, withState } from '../respond.ts';
import { terminalBody } from '../render.ts';
import type { Transaction } from '../transaction.ts';

/**
 * A user who may sign in. Without a password on the page, a PROVISIONED user (activated without a
 * password, as password-optional orgs create them) may sign in with email too.
 */
function signableUser(deps: IdxDeps, identifier: string, passwordless: boolean) {
  const user = deps.dir.findUser(identifier);
  if (!user) return undefined;
  return user.status === 'ACTIVE' || (passwordless && user.status === 'PROVISIONED') ? user : undefined;
}

export function identifyRoute(deps: IdxDeps): Route {
  return {
    method: 'POST',
    path: '/idp/idx/identify',
    handler: withState(deps, ['identify', 'identify-recovery'], (ctx, tx, body) => {
      const identifier = stringField(body, 'identifier')?.trim() ?? '';
      if (!identifier) return replyState(ctx, deps, tx, 400, [MESSAGES.badRequest('identifier is required')]);
      if (tx.step === 'identify-recovery') {
        if (deps.defects.has('org.recovery-reveals-unknown-user') && !deps.dir.findUser(identifier)) {
          return replyState(ctx, deps, tx, 400, [{ message: `There is no account with the Username ${identifier}.`, i18n: { key: 'idx.unknown.user' }, class: 'ERROR' }]);
        }
        return identifyForRecovery(deps, tx, identifier, () => replyState(ctx, deps, tx));
      }
      const passcode = stringField(objectField(body, 'credentials'), 'passcode');
      const withPassword = deps.dir.accessPolicy(tx.clientId).passwordRequired;
      const user = signableUser(deps, identifier, !withPassword);
      if (withPassword) {
        if (!user || passcode === undefined || !deps.dir.verifyPassword(user.id, passcode)) {
          return replyState(ctx, deps, tx, 401, [MESSAGES.authenticationFailed()]);
        }
        tx.verified.push('okta_password');
      }
      if (user && !deps.dir.isAssigned(tx.clientId, user.id)) return replyState(ctx, deps, tx, 403, [MESSAGES.userNotAssigned()]);
      if (user) tx.userId = user.id;
      else tx.phantomIdentifier = identifier;
      const outcome = advance(deps, tx);
      if (outcome === 'denied') return sendIdx(ctx, 403, terminalBody([MESSAGES.accessDenied()], tx));
      return replyState(ctx, deps, tx);
    }),
  };
}

function identifyForRecovery(deps: IdxDeps, tx: Transaction, identifier: string, reply: () => void): void {
  const user = signableUser(deps, identifier, false);
  if (user) tx.userId = user.id;
  else tx.phantomIdentifier = identifier;
  tx.step = 'select-authenticator-authenticate';
  reply();
}
