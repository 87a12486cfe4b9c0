/**
 * Test users through the Management API: create with exactly the authenticators a scenario needs,
 * roll back a half-created user, and remove a user completely (deactivate, then delete).
 */
import type { UserFactor } from '@okta/okta-sdk-nodejs';
import { TargetError } from '../errors.ts';
import type { OktaAdmin } from './admin-client.ts';
import { isNotFound, mapOktaError, oktaCall } from './errors.ts';

/** What a scenario needs the user to have before the browser starts. */
export interface UserSpec {
  login: string;
  firstName: string;
  lastName: string;
  /** Omitted for password-less (email-only) users. */
  password?: string;
  /** E.164 number to enroll as an active SMS factor. */
  smsPhoneNumber?: string;
  /** Enroll the primary email as an active email factor (recovery, email sign-in). */
  emailFactor?: boolean;
  /** Groups the user is created in (e.g. the password-optional group of email-only users). */
  groupIds?: string[];
}

export interface CreatedUser {
  id: string;
  login: string;
  email: string;
  firstName: string;
  lastName: string;
  status: string;
}

export async function createUser(admin: OktaAdmin, spec: UserSpec): Promise<CreatedUser> {
  const { client, orgUrl } = admin;
  const created = await oktaCall(`create user ${spec.login}`, orgUrl, () =>
    client.userApi.createUser({
      body: {
        profile: { login: spec.login, email: spec.login, firstName: spec.firstName, lastName: spec.lastName },
        ...(spec.password ? { credentials: { password: { value: spec.password } } } : {}),
        ...(spec.groupIds?.length ? { groupIds: spec.groupIds } : {}),
      },
      activate: true,
    }),
  );
  const id = created.id ?? '';
  try {
    requireActive(spec, String(created.status ?? ''));
    if (spec.emailFactor) await enrollFactor(admin, id, { factorType: 'email', provider: 'OKTA', profile: { email: spec.login } });
    if (spec.smsPhoneNumber) {
      await enrollFactor(admin, id, { factorType: 'sms', provider: 'OKTA', profile: { phoneNumber: spec.smsPhoneNumber } });
    }
  } catch (error) {
    // A user without the factors the scenario needs is useless and would leak: remove it now.
    await deleteUser(admin, id).catch(() => undefined);
    throw error;
  }
  return {
    id,
    login: spec.login,
    email: spec.login,
    firstName: spec.firstName,
    lastName: spec.lastName,
    status: String(created.status ?? ''),
  };
}

/** Every scenario signs the user in, which only an ACTIVE user can do. */
function requireActive(spec: UserSpec, status: string): void {
  if (status === 'ACTIVE') return;
  throw new TargetError(`The org created ${spec.login} as ${status || 'an unknown status'}, not ACTIVE`, {
    expected: `an ACTIVE user after POST /api/v1/users?activate=true ${spec.password ? 'with a password' : 'without a password'}`,
    seen: `status ${status || '(none)'}`,
    hint: spec.password
      ? 'Check that the password meets the org password policy and that activation is not pending.'
      : "A password-less user is ACTIVE only when the org's enrollment policy makes the password optional (password-optional sign-in); configure it as the email-only guide describes.",
  });
}

async function enrollFactor(admin: OktaAdmin, userId: string, body: UserFactor): Promise<void> {
  await oktaCall(`enroll a ${body.factorType} factor for user ${userId}`, admin.orgUrl, () =>
    admin.client.userFactorApi.enrollFactor({ userId, body, activate: true }),
  );
}

/**
 * Okta's two-step delete: the first DELETE deactivates a user (or removes one already
 * deactivated), the second removes it. No read first: the answers say what happened, and a user
 * that is already gone counts as deleted.
 */
export async function deleteUser(admin: OktaAdmin, userId: string): Promise<void> {
  const { client, orgUrl } = admin;
  for (const step of ['deactivate', 'delete'] as const) {
    try {
      await client.userApi.deleteUser({ userId });
    } catch (error) {
      if (isNotFound(error)) return;
      throw mapOktaError(error, `${step} user ${userId}`, orgUrl);
    }
  }
}

export interface UserState {
  status: string;
  lastLogin: Date | null;
  passwordChanged: Date | null;
}

/** The server-side facts a negative path checks ("no session": lastLogin did not move). */
export async function readUserState(admin: OktaAdmin, userId: string): Promise<UserState> {
  const user = await oktaCall(`read user ${userId}`, admin.orgUrl, () => admin.client.userApi.getUser({ userId }));
  return {
    status: String(user.status ?? ''),
    lastLogin: toDate(user.lastLogin),
    passwordChanged: toDate(user.passwordChanged),
  };
}

function toDate(value: Date | string | null | undefined): Date | null {
  if (!value) return null;
  return value instanceof Date ? value : new Date(value);
}
