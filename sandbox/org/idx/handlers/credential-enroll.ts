/**
 * POST /idp/idx/credential/enroll — `select-authenticator-enroll` and
 * `authenticator-enrollment-data`. Phone numbers must be E.164 (`+` and country code).
 */
import type { Route } from '../../../lib/http.ts';
import type { IdxDeps } from '../deps.ts';
import { policySatisfied } from '../flow/advance.ts';
import { enrollmentOptions } from '../flow/candidates.ts';
import { sendChallenge } from '../flow/challenge.ts';
import { MESSAGES } from '../messages.ts';
import { objectField, replyState, stringField, withState } from '../respond.ts';
import { throttledMessage } from './throttled.ts';

const E164 = /^\+[1-9]\d{6,14}$/;

export function credentialEnrollRoute(deps: IdxDeps): Route {
  return {
    method: 'POST',
    path: '/idp/idx/credential/enroll',
    handler: withState(deps, ['select-authenticator-enroll', 'authenticator-enrollment-data', 'enroll-authenticator'], (ctx, tx, body) => {
      const choice = objectField(body, 'authenticator');
      const options = enrollmentOptions(deps.dir, tx, policySatisfied(deps.dir, tx));
      const authenticator = options.find((a) => a.id === choice.id);
      if (!authenticator) {
        return replyState(ctx, deps, tx, 400, [MESSAGES.badRequest(`authenticator.id must be one of the offered authenticators (${options.map((a) => a.id).join(', ') || 'none'})`)]);
      }
      if (authenticator.key !== 'phone_number') {
        return replyState(ctx, deps, tx, 400, [MESSAGES.badRequest(`enrolling ${authenticator.key} during sign-in is not supported here`)]);
      }
      tx.selected = { key: authenticator.key };
      tx.challenge = undefined;
      tx.step = 'authenticator-enrollment-data';
      const methodType = stringField(choice, 'methodType');
      const phoneNumber = stringField(choice, 'phoneNumber')?.trim();
      if (methodType === undefined && phoneNumber === undefined) return replyState(ctx, deps, tx);
      if (!phoneNumber || !E164.test(phoneNumber)) return replyState(ctx, deps, tx, 400, [MESSAGES.invalidPhone()]);
      const method = methodType ?? authenticator.methods[0] ?? 'sms';
      if (!authenticator.methods.includes(method)) {
        return replyState(ctx, deps, tx, 400, [MESSAGES.badRequest(`methodType must be one of ${authenticator.methods.join(', ')}; got ${method}`)]);
      }
      const outcome = sendChallenge(deps, ctx.origin, tx, { authenticator, method, destination: phoneNumber });
      if (!outcome.sent) return replyState(ctx, deps, tx, 429, [throttledMessage(outcome)]);
      tx.step = 'enroll-authenticator';
      return replyState(ctx, deps, tx);
    }),
  };
}
