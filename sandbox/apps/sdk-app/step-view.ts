/**
 * What page the user is on, derived from the IDX transaction the org returned. auth-js 8 in step
 * mode hands back raw remediations; this module turns them into the few pages the app has (the
 * integration steps of the guides), and names the route of each.
 */
import type { IdxTransaction } from '@okta/okta-auth-js';

export interface AuthenticatorOption {
  label: string;
  key: string;
}

/** One answer to the IDX method question (`methodType`), e.g. SMS or voice for the phone. */
export interface MethodOption {
  label: string;
  value: string;
}

export type StepView =
  | { kind: 'identify' }
  | { kind: 'identify-recovery' }
  | { kind: 'select-authenticator'; step: string; options: AuthenticatorOption[] }
  | { kind: 'verification-data'; key: string; methods: MethodOption[] }
  | { kind: 'phone-enrollment-data' }
  | { kind: 'code'; step: string; key: string; sentTo?: string; resendAction?: string }
  | { kind: 'reset-password'; requirements: string[] };

/** Remediations in the order the app prefers them when the org offers several at once. */
const PREFERRED = [
  'reset-authenticator',
  'enroll-authenticator',
  'challenge-authenticator',
  'authenticator-enrollment-data',
  'authenticator-verification-data',
  'identify-recovery',
  'identify',
  'select-authenticator-enroll',
  'select-authenticator-authenticate',
];

interface RawAuthenticator {
  key?: string;
  displayName?: string;
  profile?: Record<string, string>;
  settings?: PasswordSettings;
}

export interface PasswordComplexity {
  minLength?: number;
  minLowerCase?: number;
  minUpperCase?: number;
  minNumber?: number;
  minSymbol?: number;
  excludeUsername?: boolean;
}

export interface PasswordSettings {
  complexity?: PasswordComplexity;
  age?: { historyCount?: number };
}

export class UnsupportedStepError extends Error {}

export function deriveStepView(transaction: IdxTransaction): StepView {
  const names = transaction.neededToProceed.map((r) => r.name);
  const name = PREFERRED.find((n) => names.includes(n));
  if (!name) {
    throw new UnsupportedStepError(
      `The org asked for ${names.join(', ') || 'no step'}, which this reference app does not implement ` +
        `(it handles ${PREFERRED.join(', ')}). Check the org's policies for this app.`,
    );
  }
  const current = currentAuthenticator(transaction);
  switch (name) {
    case 'identify':
      return { kind: 'identify' };
    case 'identify-recovery':
      return { kind: 'identify-recovery' };
    case 'select-authenticator-enroll':
    case 'select-authenticator-authenticate':
      return { kind: 'select-authenticator', step: name, options: authenticatorOptions(transaction, name) };
    case 'authenticator-verification-data':
      return { kind: 'verification-data', key: current?.key ?? '', methods: methodOptions(transaction) };
    case 'authenticator-enrollment-data':
      if (current?.key !== 'phone_number') throw new UnsupportedStepError(`Enrollment data for "${current?.key}" is not supported.`);
      return { kind: 'phone-enrollment-data' };
    case 'reset-authenticator':
      return { kind: 'reset-password', requirements: passwordRequirements(current?.settings) };
    default:
      return {
        kind: 'code',
        step: name,
        key: current?.key ?? 'unknown',
        sentTo: current?.profile?.phoneNumber ?? current?.profile?.email,
        resendAction: Object.keys(transaction.actions ?? {}).find((action) => action.endsWith('-resend')),
      };
  }
}

/** The `methodType` options of the method step, wherever auth-js nests them in the remediation. */
function methodOptions(transaction: IdxTransaction): MethodOption[] {
  const remediation = transaction.neededToProceed.find((r) => r.name === 'authenticator-verification-data');
  const found: MethodOption[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object' || found.length) return;
    if (Array.isArray(node)) return node.forEach(visit);
    const field = node as { name?: string; options?: Array<{ label?: string; value?: unknown }> };
    if (field.name === 'methodType' && Array.isArray(field.options)) {
      for (const option of field.options) if (typeof option.value === 'string') found.push({ label: option.label ?? option.value, value: option.value });
      return;
    }
    Object.values(node).forEach(visit);
  };
  visit(remediation?.value);
  return found;
}

function currentAuthenticator(transaction: IdxTransaction): RawAuthenticator | undefined {
  const context = transaction.context as unknown as Record<string, { value?: RawAuthenticator } | undefined>;
  return context?.currentAuthenticator?.value ?? context?.currentAuthenticatorEnrollment?.value;
}

function authenticatorOptions(transaction: IdxTransaction, step: string): AuthenticatorOption[] {
  const remediation = transaction.neededToProceed.find((r) => r.name === step);
  const field = remediation?.value?.find((v) => v.name === 'authenticator');
  const options = (field?.options ?? []) as Array<{ label?: string; relatesTo?: RawAuthenticator }>;
  return options
    .filter((option) => option.relatesTo?.key)
    .map((option) => ({ label: option.label ?? option.relatesTo?.displayName ?? '', key: option.relatesTo?.key as string }));
}

export function passwordRequirements(settings: PasswordSettings | undefined): string[] {
  const complexity = settings?.complexity ?? {};
  const history = settings?.age?.historyCount;
  const rules: Array<[number | boolean | undefined, string]> = [
    [complexity.minLength, `At least ${complexity.minLength} characters`],
    [complexity.minLowerCase, 'A lowercase letter'],
    [complexity.minUpperCase, 'An uppercase letter'],
    [complexity.minNumber, 'A number'],
    [complexity.minSymbol, 'A symbol'],
    [complexity.excludeUsername, 'No parts of your username'],
    [history, `Not one of your last ${history} passwords`],
  ];
  return rules.filter(([active]) => Boolean(active)).map(([, text]) => text);
}

/** The route of the page that shows a step. */
export function stepPath(view: StepView): string {
  switch (view.kind) {
    case 'identify':
      return '/login';
    case 'identify-recovery':
      return '/recover-password';
    case 'select-authenticator':
      return '/select-authenticator';
    case 'phone-enrollment-data':
      return '/enroll-authenticator/phone_number/enrollment-data';
    case 'verification-data':
      return `/select-method/${encodeURIComponent(view.key)}`;
    case 'reset-password':
      return '/reset-password';
    case 'code': {
      const base = view.step === 'enroll-authenticator' ? '/enroll-authenticator' : '/challenge-authenticator';
      return `${base}/${encodeURIComponent(view.key)}`;
    }
  }
}
