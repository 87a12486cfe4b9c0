/**
 * A user's authenticator enrollments. One record serves both the Identity Engine view
 * (authenticator enrollments, IDX) and the classic Factors API, so a phone enrolled through IDX is
 * an `sms` factor to the Management API and the other way round.
 */
import type { AuthenticatorKey } from '../config/index.ts';
import type { Authenticator } from './catalog.ts';
import { OrgApiError, notFound, validationFailed } from './errors.ts';
import { isoTime, newId, stableId } from './ids.ts';
import type { Enrollment, PhoneMethod, User } from './types.ts';

export interface EnrollmentStoreDeps {
  now: () => number;
  user: (userId: string) => User;
  hasPassword: (userId: string) => boolean;
  authenticator: (key: AuthenticatorKey) => Authenticator | undefined;
  emailEnrolledByDefault: () => boolean;
}

export interface AddPhoneInput {
  phoneNumber: string;
  method?: PhoneMethod;
  status?: Enrollment['status'];
  /** Replace the number of an existing phone enrollment instead of failing (Factors API `updatePhone`). */
  updatePhone?: boolean;
}

export interface EnrollmentStore {
  /** Password (if set), explicit email/phone enrollments, and the default email when switched on. */
  list(userId: string): Enrollment[];
  get(userId: string, enrollmentId: string): Enrollment | undefined;
  /** The user's ACTIVE enrollment of an authenticator, if any. */
  byKey(userId: string, key: AuthenticatorKey): Enrollment | undefined;
  addPhone(userId: string, input: AddPhoneInput): Enrollment;
  addEmail(userId: string, input?: { email?: string; status?: Enrollment['status'] }): Enrollment;
  activate(userId: string, enrollmentId: string): Enrollment;
  remove(userId: string, enrollmentId: string): Enrollment;
  forgetUser(userId: string): void;
}

const E164 = /^\+[1-9][0-9]{6,14}$/;

/** True for an E.164 number (`+` and 7 to 15 digits), the only form Okta accepts for phone enrollment. */
export function isValidPhoneNumber(value: string): boolean {
  return E164.test(value);
}

export function createEnrollmentStore(deps: EnrollmentStoreDeps): EnrollmentStore {
  const explicit = new Map<string, Enrollment[]>();
  const defaultEmailRemoved = new Set<string>();
  const stamp = () => isoTime(deps.now());
  const own = (userId: string) => explicit.get(userId) ?? [];

  const requireAuthenticator = (key: AuthenticatorKey, method: string) => {
    const authenticator = deps.authenticator(key);
    const methodActive = authenticator?.methods.length ? authenticator.methods.some((m) => m.type === method && m.status === 'ACTIVE') : true;
    if (!authenticator || authenticator.status !== 'ACTIVE' || !methodActive) {
      throw new OrgApiError(400, 'E0000001', 'Api validation failed: factorEnrollRequest', [
        `factorType: The ${key} authenticator (method ${method}) is not enabled in this org. Activate it in the org configuration.`,
      ]);
    }
    return authenticator;
  };

  const derived = (user: User): Enrollment[] => {
    const list: Enrollment[] = [];
    const base = { userId: user.id, status: 'ACTIVE' as const, derived: true, created: user.created, lastUpdated: user.lastUpdated };
    const password = deps.authenticator('okta_password');
    if (password && deps.hasPassword(user.id)) {
      list.push({ ...base, id: stableId('lae', `password:${user.id}`), key: 'okta_password', type: 'password', authenticatorId: password.id, method: 'password', profile: {} });
    }
    const email = deps.authenticator('okta_email');
    const wantsDefault = deps.emailEnrolledByDefault() && user.status === 'ACTIVE' && !defaultEmailRemoved.has(user.id);
    if (email && wantsDefault && !own(user.id).some((e) => e.key === 'okta_email')) {
      list.push({ ...base, id: stableId('emf', `email:${user.id}`), key: 'okta_email', type: 'email', authenticatorId: email.id, method: 'email', profile: { email: user.profile.email } });
    }
    return list;
  };

  const list = (userId: string) => {
    const user = deps.user(userId);
    const all = [...derived(user), ...own(user.id)];
    return all.sort((a, b) => order(a.type) - order(b.type));
  };
  const get = (userId: string, enrollmentId: string) => list(userId).find((e) => e.id === enrollmentId);

  const add = (userId: string, enrollment: Omit<Enrollment, 'userId' | 'created' | 'lastUpdated' | 'derived'>): Enrollment => {
    const time = stamp();
    const record: Enrollment = { ...enrollment, userId, created: time, lastUpdated: time, derived: false };
    explicit.set(userId, [...own(userId), record]);
    return record;
  };

  return {
    list,
    get,
    byKey: (userId, key) => list(userId).find((e) => e.key === key && e.status === 'ACTIVE'),
    addPhone(userId, { phoneNumber, method = 'sms', status = 'ACTIVE', updatePhone = false }) {
      const user = deps.user(userId);
      if (!isValidPhoneNumber(phoneNumber)) throw validationFailed('phoneNumber', 'Invalid Phone Number.');
      const authenticator = requireAuthenticator('phone_number', method);
      const existing = own(user.id).find((e) => e.key === 'phone_number');
      if (existing && existing.profile.phoneNumber === phoneNumber && existing.method === method) {
        throw new OrgApiError(400, 'E0000001', 'Api validation failed: factorEnrollRequest', ['A factor of this type is already set up.']);
      }
      if (existing && !updatePhone) {
        throw new OrgApiError(400, 'E0000001', 'Api validation failed: factorEnrollRequest', ['There is an existing verified phone number.']);
      }
      if (existing) {
        Object.assign(existing, { profile: { phoneNumber }, method, status, lastUpdated: stamp() });
        return existing;
      }
      return add(user.id, { id: newId('mbl'), key: 'phone_number', type: 'phone', authenticatorId: authenticator.id, status, method, profile: { phoneNumber } });
    },
    addEmail(userId, { email, status = 'ACTIVE' } = {}) {
      const user = deps.user(userId);
      const authenticator = requireAuthenticator('okta_email', 'email');
      if (own(user.id).some((e) => e.key === 'okta_email')) {
        throw new OrgApiError(400, 'E0000001', 'Api validation failed: factorEnrollRequest', ['A factor of this type is already set up.']);
      }
      const address = email ?? user.profile.email;
      return add(user.id, { id: newId('emf'), key: 'okta_email', type: 'email', authenticatorId: authenticator.id, status, method: 'email', profile: { email: address } });
    },
    activate(userId, enrollmentId) {
      const enrollment = own(userId).find((e) => e.id === enrollmentId);
      if (!enrollment) throw notFound(enrollmentId, 'UserFactor');
      enrollment.status = 'ACTIVE';
      enrollment.lastUpdated = stamp();
      return enrollment;
    },
    remove(userId, enrollmentId) {
      const enrollment = get(userId, enrollmentId);
      if (!enrollment) throw notFound(enrollmentId, 'UserFactor');
      if (enrollment.type === 'password') {
        throw new OrgApiError(400, 'E0000001', 'Api validation failed: factorEnrollRequest', ['The password authenticator cannot be unenrolled.']);
      }
      if (enrollment.derived) defaultEmailRemoved.add(userId);
      else explicit.set(userId, own(userId).filter((e) => e.id !== enrollmentId));
      return enrollment;
    },
    forgetUser(userId) {
      explicit.delete(userId);
      defaultEmailRemoved.delete(userId);
    },
  };
}

function order(type: Enrollment['type']): number {
  return type === 'password' ? 0 : type === 'email' ? 1 : 2;
}
