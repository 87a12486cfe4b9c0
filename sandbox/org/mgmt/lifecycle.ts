/**
 * User lifecycle operations (`/api/v1/users/{id}/lifecycle/*`). Each is a status transition in the
 * store plus the System Log event Okta records for it.
 */
import type { RequestContext } from '../../lib/http.ts';
import type { OrgStore } from '../store/index.ts';
import { EVENT_TYPES, logUserEvent } from '../store/log-events.ts';
import type { User } from '../store/types.ts';
import { ADMIN_ACTOR } from './actor.ts';
import { flag, ok, type MgmtRoute, type Reply } from './reply.ts';
import { userView } from './users.ts';

type Action = (user: User, ctx: RequestContext) => Reply;

export function lifecycleRoutes(store: OrgStore): MgmtRoute[] {
  const record = (user: User, eventType: string, displayMessage: string) => logUserEvent(store, { user, eventType, displayMessage, actor: ADMIN_ACTOR });

  const actions: Record<string, Action> = {
    activate(user, ctx) {
      const { activationToken } = store.users.activate(user.id);
      record(user, EVENT_TYPES.userActivate, 'Activate Okta user');
      // Okta only discloses the activation link when it did not email it.
      return ok(flag(ctx.query, 'sendEmail', true) ? {} : { activationUrl: `${ctx.origin}/tokens/${activationToken}/verify`, activationToken });
    },
    reactivate(user, ctx) {
      return actions.activate!(user, ctx);
    },
    deactivate(user) {
      store.users.deactivate(user.id);
      record(user, EVENT_TYPES.userDeactivate, 'Deactivate Okta user');
      return ok({});
    },
    suspend(user) {
      store.users.suspend(user.id);
      record(user, EVENT_TYPES.userSuspend, 'Suspend Okta user');
      return ok({});
    },
    unsuspend(user) {
      store.users.unsuspend(user.id);
      record(user, EVENT_TYPES.userUnsuspend, 'Unsuspend Okta user');
      return ok({});
    },
    unlock(user) {
      store.users.unlock(user.id);
      return ok({});
    },
    reset_password(user, ctx) {
      const { recoveryToken } = store.users.resetPassword(user.id);
      record(user, EVENT_TYPES.passwordReset, 'Reset password for Okta user');
      return ok(flag(ctx.query, 'sendEmail', true) ? {} : { resetPasswordUrl: `${ctx.origin}/signin/reset-password/${recoveryToken}` });
    },
    expire_password(user, ctx) {
      store.users.expirePassword(user.id);
      record(user, EVENT_TYPES.passwordExpire, 'Expire password for Okta user');
      return ok(userView(store, user, ctx.origin));
    },
    reset_factors(user) {
      for (const enrollment of store.enrollments.list(user.id)) {
        if (enrollment.type !== 'password') store.enrollments.remove(user.id, enrollment.id);
      }
      record(user, EVENT_TYPES.factorDeactivate, 'Reset all factors for user');
      return ok({});
    },
  };

  return Object.entries(actions).map(([name, action]) => ({
    method: 'POST' as const,
    path: `/api/v1/users/:userId/lifecycle/${name}`,
    bucket: 'users',
    handler: (ctx: RequestContext) => action(store.users.require(ctx.params.userId!), ctx),
  }));
}
