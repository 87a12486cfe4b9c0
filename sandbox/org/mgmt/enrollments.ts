/**
 * Identity Engine authenticator enrollments (`/api/v1/users/{id}/authenticator-enrollments`): an
 * array (the SDK 8 method for it is broken, so callers use raw HTTP), phone numbers masked unless
 * `discloseIdentifiers=phone`.
 */
import type { RequestContext } from '../../lib/http.ts';
import { OrgApiError, notFound } from '../store/errors.ts';
import type { OrgStore } from '../store/index.ts';
import type { Enrollment } from '../store/types.ts';
import { jsonBody, link, noContent, ok, type MgmtRoute } from './reply.ts';

/** `+15555550123` → `+1 XXX-XXX-0123`; other numbers keep only their last four digits. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  const last4 = digits.slice(-4);
  if (phone.startsWith('+1') && digits.length === 11) return `+1 XXX-XXX-${last4}`;
  return `+${'X'.repeat(Math.max(0, digits.length - 4))}${last4}`;
}

function enrollmentView(store: OrgStore, enrollment: Enrollment, origin: string, disclosePhone: boolean) {
  const self = `${origin}/api/v1/users/${enrollment.userId}/authenticator-enrollments/${enrollment.id}`;
  const phone = enrollment.profile.phoneNumber;
  const profile = enrollment.type === 'phone' ? { phoneNumber: disclosePhone ? phone : maskPhone(phone ?? '') } : enrollment.type === 'email' ? { email: enrollment.profile.email } : {};
  return {
    type: enrollment.type,
    id: enrollment.id,
    key: enrollment.key,
    status: enrollment.status,
    name: store.authenticators.get(enrollment.key)?.name ?? enrollment.key,
    profile,
    nickname: null,
    created: enrollment.created,
    lastUpdated: enrollment.lastUpdated,
    _links: {
      self: link(self),
      authenticator: link(`${origin}/api/v1/authenticators/${enrollment.authenticatorId}`),
      user: link(`${origin}/api/v1/users/${enrollment.userId}`),
    },
  };
}

const discloses = (ctx: RequestContext) => (ctx.query.get('discloseIdentifiers') ?? '').split(',').includes('phone');

export function enrollmentRoutes(store: OrgStore): MgmtRoute[] {
  const bucket = 'factors';
  const base = '/api/v1/users/:userId/authenticator-enrollments';
  return [
    {
      method: 'GET', path: base, bucket,
      handler(ctx) {
        const user = store.users.require(ctx.params.userId!);
        return ok(store.enrollments.list(user.id).map((e) => enrollmentView(store, e, ctx.origin, discloses(ctx))));
      },
    },
    {
      method: 'POST', path: `${base}/phone`, bucket,
      handler(ctx) {
        const user = store.users.require(ctx.params.userId!);
        const body = jsonBody(ctx) as { authenticatorId?: string; profile?: { phoneNumber?: string } };
        const phone = store.authenticators.get('phone_number');
        if (!phone || body.authenticatorId !== phone.id) {
          throw new OrgApiError(400, 'E0000001', 'Api validation failed: authenticatorId', [`authenticatorId: expected the phone_number authenticator id ${phone?.id ?? '(none configured)'}`]);
        }
        const enrollment = store.enrollments.addPhone(user.id, { phoneNumber: String(body.profile?.phoneNumber ?? '') });
        return ok(enrollmentView(store, enrollment, ctx.origin, true));
      },
    },
    {
      method: 'GET', path: `${base}/:enrollmentId`, bucket,
      handler(ctx) {
        const user = store.users.require(ctx.params.userId!);
        const enrollment = store.enrollments.get(user.id, ctx.params.enrollmentId!);
        if (!enrollment) throw notFound(ctx.params.enrollmentId!, 'AuthenticatorEnrollment');
        return ok(enrollmentView(store, enrollment, ctx.origin, discloses(ctx)));
      },
    },
    {
      method: 'DELETE', path: `${base}/:enrollmentId`, bucket,
      handler(ctx) {
        const user = store.users.require(ctx.params.userId!);
        store.enrollments.remove(user.id, ctx.params.enrollmentId!);
        return noContent();
      },
    },
  ];
}
