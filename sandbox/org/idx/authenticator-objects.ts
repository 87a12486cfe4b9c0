/**
 * Authenticator and enrollment objects as IDX shows them (idx-protocol.md §4.5): `key` and
 * `methods` are mandatory for the clients; profiles are masked the way Okta masks them.
 */
import type { DirAuthenticator, PasswordRules } from './directory.ts';

export interface AuthenticatorObject {
  type: string;
  key: string;
  id: string;
  displayName: string;
  methods: Array<{ type: string }>;
  profile?: Record<string, string>;
  settings?: Record<string, unknown>;
  [action: string]: unknown;
}

export function maskEmail(email: string): string {
  const [local, domain] = email.split('@');
  if (!local || !domain) return email;
  const masked = local.length <= 2 ? `${local[0]}***` : `${local[0]}***${local[local.length - 1]}`;
  return `${masked}@${domain}`;
}

export function maskPhone(e164: string): string {
  const digits = e164.replace(/\D/g, '');
  const last4 = digits.slice(-4);
  const country = digits.length > 10 ? digits.slice(0, digits.length - 10) : digits.slice(0, 1);
  return `+${country} XXX-XXX-${last4}`;
}

export function methodsOf(authenticator: DirAuthenticator): Array<{ type: string }> {
  const fallback = authenticator.type === 'password' ? 'password' : authenticator.type;
  const methods = authenticator.methods.length > 0 ? authenticator.methods : [fallback];
  return methods.map((type) => ({ type }));
}

export function catalogueEntry(authenticator: DirAuthenticator, methods = methodsOf(authenticator)): AuthenticatorObject {
  return {
    type: authenticator.type,
    key: authenticator.key,
    id: authenticator.id,
    displayName: authenticator.name,
    methods,
  };
}

export function profileFor(key: string, destination: string | undefined): Record<string, string> | undefined {
  if (!destination) return undefined;
  if (key === 'okta_email') return { email: maskEmail(destination) };
  if (key === 'phone_number') return { phoneNumber: maskPhone(destination) };
  return undefined;
}

export function enrollmentEntry(
  authenticator: DirAuthenticator,
  enrollmentId: string,
  destination: string | undefined,
  methods = methodsOf(authenticator),
): AuthenticatorObject {
  const profile = profileFor(authenticator.key, destination);
  return { ...catalogueEntry(authenticator, methods), id: enrollmentId, ...(profile ? { profile } : {}) };
}

/** The password authenticator with the settings the widget renders requirements from. */
export function passwordWithSettings(authenticator: DirAuthenticator, rules: PasswordRules): AuthenticatorObject {
  return {
    ...catalogueEntry(authenticator),
    settings: { complexity: rules.complexity, age: rules.age },
  };
}
