/**
 * The classic Factors API over the store's enrollments: `sms`, `call` and `email` factors. A factor
 * enrolled here is the same record IDX sees as the user's phone or email authenticator.
 */
import type { RequestContext } from '../../lib/http.ts';
import { OrgApiError, notFound } from '../store/errors.ts';
import type { OrgStore } from '../store/index.ts';
import { EVENT_TYPES, logUserEvent } from '../store/log-events.ts';
import type { Enrollment, User } from '../store/types.ts';
import { ADMIN_ACTOR } from './actor.ts';
import { flag, jsonBody, link, noContent, ok, type MgmtRoute } from './reply.ts';

/** Delivers the activation code of a factor enrolled without `activate=true` and returns that code. */
export interface FactorActivation {
  send(input: { user: User; enrollment: Enrollment }): Promise<string>;
}

export function factorType(enrollment: Enrollment): 'sms' | 'call' | 'email' | undefined {
  if (enrollment.type === 'phone') return enrollment.method === 'voice' ? 'call' : 'sms';
  return enrollment.type === 'email' ? 'email' : undefined;
}

export function factorView(enrollment: Enrollment, origin: string) {
  const self = `${origin}/api/v1/users/${enrollment.userId}/factors/${enrollment.id}`;
  const links: Record<string, unknown> = { self: link(self), user: link(`${origin}/api/v1/users/${enrollment.userId}`) };
  if (enrollment.status === 'PENDING_ACTIVATION') links.activate = link(`${self}/lifecycle/activate`, 'POST');
  else links.verify = link(`${self}/verify`, 'POST');
  return {
    id: enrollment.id,
    factorType: factorType(enrollment),
    provider: 'OKTA',
    vendorName: 'OKTA',
    status: enrollment.status,
    created: enrollment.created,
    lastUpdated: enrollment.lastUpdated,
    profile: enrollment.type === 'phone' ? { phoneNumber: enrollment.profile.phoneNumber } : { email: enrollment.profile.email },
    _links: links,
  };
}

function requireFactor(store: OrgStore, ctx: RequestContext): { user: User; enrollment: Enrollment } {
  const user = store.users.require(ctx.params.userId!);
  const enrollment = store.enrollments.get(user.id, ctx.params.factorId!);
  if (!enrollment || !factorType(enrollment)) throw notFound(ctx.params.factorId!, 'UserFactor');
  return { user, enrollment };
}

export function factorRoutes(store: OrgStore, activation: FactorActivation | undefined): MgmtRoute[] {
  const bucket = 'factors';
  const pendingCodes = new Map<string, string>();

  async function enroll(ctx: RequestContext) {
    const user = store.users.require(ctx.params.userId!);
    const body = jsonBody(ctx);
    const type = String(body.factorType ?? '');
    const profile = (body.profile ?? {}) as { phoneNumber?: string; email?: string };
    const activate = flag(ctx.query, 'activate', false);
    if (!activate && !activation) {
      throw new OrgApiError(400, 'E0000001', 'Api validation failed: factorEnrollRequest', [
        'The sandbox org enrolls factors only with activate=true (no activation-code sender is configured).',
      ]);
    }
    const status = activate ? 'ACTIVE' : 'PENDING_ACTIVATION';
    let enrollment: Enrollment;
    if (type === 'sms' || type === 'call') {
      enrollment = store.enrollments.addPhone(user.id, {
        phoneNumber: String(profile.phoneNumber ?? ''),
        method: type === 'call' ? 'voice' : 'sms',
        status,
        updatePhone: flag(ctx.query, 'updatePhone', false),
      });
    } else if (type === 'email') {
      enrollment = store.enrollments.addEmail(user.id, { email: profile.email, status });
    } else {
      throw new OrgApiError(400, 'E0000001', 'Api validation failed: factorType', [`factorType: "${type}" is not supported by the sandbox org; use sms, call or email.`]);
    }
    if (activate) logUserEvent(store, { user, eventType: EVENT_TYPES.factorActivate, displayMessage: 'Activate factor or authenticator', actor: ADMIN_ACTOR });
    else pendingCodes.set(enrollment.id, await activation!.send({ user, enrollment }));
    return ok(factorView(enrollment, ctx.origin));
  }

  return [
    { method: 'POST', path: '/api/v1/users/:userId/factors', bucket, handler: enroll },
    {
      method: 'GET', path: '/api/v1/users/:userId/factors', bucket,
      handler(ctx) {
        const user = store.users.require(ctx.params.userId!);
        return ok(store.enrollments.list(user.id).filter((e) => factorType(e)).map((e) => factorView(e, ctx.origin)));
      },
    },
    { method: 'GET', path: '/api/v1/users/:userId/factors/:factorId', bucket, handler: (ctx) => ok(factorView(requireFactor(store, ctx).enrollment, ctx.origin)) },
    {
      method: 'DELETE', path: '/api/v1/users/:userId/factors/:factorId', bucket,
      handler(ctx) {
        const { user, enrollment } = requireFactor(store, ctx);
        store.enrollments.remove(user.id, enrollment.id);
        pendingCodes.delete(enrollment.id);
        logUserEvent(store, { user, eventType: EVENT_TYPES.factorDeactivate, displayMessage: 'Reset factor for user', actor: ADMIN_ACTOR });
        return noContent();
      },
    },
    {
      method: 'POST', path: '/api/v1/users/:userId/factors/:factorId/lifecycle/activate', bucket,
      handler(ctx) {
        const { user, enrollment } = requireFactor(store, ctx);
        const passCode = String(jsonBody(ctx).passCode ?? '');
        const expected = pendingCodes.get(enrollment.id);
        if (enrollment.status !== 'PENDING_ACTIVATION' || !expected) {
          throw new OrgApiError(400, 'E0000001', 'Api validation failed: factor', ['The factor is not waiting for activation.']);
        }
        if (passCode !== expected) throw new OrgApiError(403, 'E0000068', 'Invalid Passcode/Answer', ['Your passcode doesn\'t match our records. Please try again.']);
        pendingCodes.delete(enrollment.id);
        store.enrollments.activate(user.id, enrollment.id);
        logUserEvent(store, { user, eventType: EVENT_TYPES.factorActivate, displayMessage: 'Activate factor or authenticator' });
        return ok(factorView(enrollment, ctx.origin));
      },
    },
  ];
}
