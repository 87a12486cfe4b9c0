/**
 * What the IDX layer asks of the org's policies: which authenticators a user must, may or may not
 * enroll; how a user of an app must authenticate; and what the password policy demands. Each
 * answer names the policy and rule it came from, so an unexpected decision can be traced to data.
 */
import type { AuthenticatorKey, EnrollRequirement, PasswordComplexity } from '../config/index.ts';
import type { Authenticator } from './catalog.ts';
import { passwordRequirements } from './passwords.ts';
import type { Policy, PolicyRule, PolicyTable } from './policies.ts';
import type { PasswordRequirement, User } from './types.ts';

export type EnrollmentRequirements = Record<AuthenticatorKey, EnrollRequirement>;

export interface AccessDecision {
  policy: Policy;
  rule: PolicyRule;
  access: 'ALLOW' | 'DENY';
  factorMode: '1FA' | '2FA';
  /** Distinct factors the user must present: 1 for 1FA, 2 for 2FA. */
  requiredFactorCount: 1 | 2;
  /** True when the password is a must (app rule's knowledge constraint, or the global session policy). */
  passwordRequired: boolean;
  /** Active authenticators, allowed for sign-in, that can count toward the policy. */
  satisfying: AuthenticatorKey[];
  constraints: Constraint[];
}

export interface PasswordPolicyView {
  policy: Policy;
  rule: PolicyRule | undefined;
  complexity: PasswordComplexity;
  historyCount: number;
  /** Okta's IDX `settings` for the password authenticator: `{ complexity, age }`. */
  settings: { complexity: PasswordComplexity; age: { minAgeMinutes: number; historyCount: number } };
  requirements: PasswordRequirement[];
  selfServiceResetAllowed: boolean;
  /** Rule's `selfServicePasswordReset.requirement.primary.methods`, limited to usable authenticators. */
  recoveryMethods: ('email' | 'sms' | 'voice')[];
  recoveryAuthenticators: AuthenticatorKey[];
  /** `recovery.factors.okta_email.properties.recoveryToken.tokenLifetimeMinutes` of the policy. */
  recoveryTokenMinutes: number | undefined;
}

interface ConstraintPart {
  types?: string[];
  methods?: string[];
  required?: boolean;
  authenticationMethods?: { key: string; method?: string }[];
}
export interface Constraint {
  knowledge?: ConstraintPart;
  possession?: ConstraintPart;
}

const TYPE_TO_KEY: Record<string, AuthenticatorKey> = {
  password: 'okta_password',
  email: 'okta_email',
  phone: 'phone_number',
  sms: 'phone_number',
  voice: 'phone_number',
};
const KNOWLEDGE: AuthenticatorKey[] = ['okta_password'];
const POSSESSION: AuthenticatorKey[] = ['okta_email', 'phone_number'];

export function enrollmentRequirements(policy: Policy | undefined, authenticators: Authenticator[]): EnrollmentRequirements {
  const entries = ((policy?.settings?.authenticators ?? []) as { key: AuthenticatorKey; enroll: { self: EnrollRequirement } }[]);
  const result = {} as EnrollmentRequirements;
  for (const authenticator of authenticators) {
    const entry = entries.find((e) => e.key === authenticator.key);
    result[authenticator.key] = authenticator.status === 'ACTIVE' && entry ? entry.enroll.self : 'NOT_ALLOWED';
  }
  return result;
}

function keysOf(part: ConstraintPart | undefined, family: AuthenticatorKey[]): AuthenticatorKey[] {
  if (!part) return [];
  if (part.authenticationMethods?.length) return part.authenticationMethods.map((m) => m.key as AuthenticatorKey).filter((k) => family.includes(k));
  if (part.types?.length) return part.types.map((t) => TYPE_TO_KEY[t.toLowerCase()]).filter((k): k is AuthenticatorKey => Boolean(k && family.includes(k)));
  return family;
}

/**
 * The keys one constraint entry admits from one factor family. A family the entry does not mention
 * is unconstrained, except under 1FA when the entry requires the other family (e.g. "email only").
 */
function familyKeys(part: ConstraintPart | undefined, other: ConstraintPart | undefined, family: AuthenticatorKey[], mode: '1FA' | '2FA'): AuthenticatorKey[] {
  if (part) return keysOf(part, family);
  return mode === '1FA' && other?.required ? [] : family;
}

const signInCapable = (a: Authenticator) => a.status === 'ACTIVE' && a.settings.allowedFor !== 'recovery' && a.settings.allowedFor !== 'none';

export function accessDecision(policy: Policy, rule: PolicyRule, authenticators: Authenticator[], globalPrimaryFactor: string | undefined): AccessDecision {
  const appSignOn = (rule.actions.appSignOn ?? {}) as { access?: string; verificationMethod?: { factorMode?: string; constraints?: unknown } };
  const method = appSignOn.verificationMethod ?? {};
  const factorMode = method.factorMode === '2FA' ? '2FA' : '1FA';
  const constraints = (Array.isArray(method.constraints) ? method.constraints : []) as Constraint[];
  const candidates = new Set<AuthenticatorKey>(constraints.length === 0 ? [...KNOWLEDGE, ...POSSESSION] : []);
  for (const c of constraints) {
    familyKeys(c.knowledge, c.possession, KNOWLEDGE, factorMode).forEach((k) => candidates.add(k));
    familyKeys(c.possession, c.knowledge, POSSESSION, factorMode).forEach((k) => candidates.add(k));
  }
  const usable = new Set(authenticators.filter(signInCapable).map((a) => a.key));
  const passwordByRule =
    constraints.length > 0 &&
    constraints.every((c) => c.knowledge?.required === true && keysOf(c.knowledge, KNOWLEDGE).includes('okta_password'));
  return {
    policy,
    rule,
    access: appSignOn.access === 'DENY' ? 'DENY' : 'ALLOW',
    factorMode,
    requiredFactorCount: factorMode === '2FA' ? 2 : 1,
    passwordRequired: passwordByRule || globalPrimaryFactor === 'PASSWORD_IDP',
    satisfying: [...candidates].filter((k) => usable.has(k)),
    constraints,
  };
}

export function passwordPolicyView(policy: Policy, rule: PolicyRule | undefined, authenticators: Authenticator[]): PasswordPolicyView {
  const password = (policy.settings?.password ?? {}) as { complexity: PasswordComplexity; age: { historyCount: number; minAgeMinutes?: number } };
  const complexity = { ...password.complexity, excludeAttributes: password.complexity.excludeAttributes ?? [] };
  const historyCount = password.age.historyCount;
  const reset = (rule?.actions.selfServicePasswordReset ?? {}) as { access?: string; requirement?: { primary?: { methods?: string[] } } };
  const allowed = reset.access === 'ALLOW';
  const recoveryCapable = (key: AuthenticatorKey) =>
    authenticators.some((a) => a.key === key && a.status === 'ACTIVE' && a.settings.allowedFor !== 'sso' && a.settings.allowedFor !== 'none');
  const methods = (allowed ? (reset.requirement?.primary?.methods ?? []) : []).filter(
    (m): m is 'email' | 'sms' | 'voice' => (m === 'email' || m === 'sms' || m === 'voice') && recoveryCapable(TYPE_TO_KEY[m]!),
  );
  return {
    policy,
    rule,
    complexity,
    historyCount,
    settings: { complexity, age: { minAgeMinutes: password.age.minAgeMinutes ?? 0, historyCount } },
    requirements: passwordRequirements(complexity, historyCount),
    selfServiceResetAllowed: allowed,
    recoveryMethods: methods,
    recoveryAuthenticators: [...new Set(methods.map((m) => TYPE_TO_KEY[m]!))],
    recoveryTokenMinutes: recoveryTokenMinutes(policy),
  };
}

function recoveryTokenMinutes(policy: Policy): number | undefined {
  const recovery = policy.settings?.recovery as { factors?: { okta_email?: { properties?: { recoveryToken?: { tokenLifetimeMinutes?: number } } } } } | undefined;
  return recovery?.factors?.okta_email?.properties?.recoveryToken?.tokenLifetimeMinutes;
}

export function globalPrimaryFactor(table: PolicyTable, user: User | null, groupIds: string[]): string | undefined {
  const policy = table.applicable('OKTA_SIGN_ON', user?.id ?? null, groupIds);
  const rule = policy && table.applicableRule(policy, user?.id ?? null, groupIds);
  return (rule?.actions.signon as { primaryFactor?: string } | undefined)?.primaryFactor;
}
