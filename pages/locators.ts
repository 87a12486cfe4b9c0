/**
 * Every locator the page objects use, in one table, with per-target overrides from one JSON file.
 *
 * Why: teams whose pages differ from Okta's samples (other labels, another language, a restyled
 * widget) adapt the suite by overriding entries here instead of editing page objects.
 *
 * Override file (path given to `loadLocatorBook`): a JSON object mapping any key of
 * `DEFAULT_LOCATORS` to a spec. A spec is one of
 *   { "role": "button", "name": "Anmelden" }   getByRole; `exact` optional
 *   { "label": "Benutzername" }                getByLabel
 *   { "text": "Willkommen" }                   getByText
 *   { "testId": "o-form-input-identifier" }    getByTestId (data-se in playwright.config.ts)
 * A `name`/`label`/`text` written as "/pattern/flags" is a regular expression.
 * Example: { "sdk.login.submit": { "role": "button", "name": "Log in" } }
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { ConfigError } from '../helpers/errors.ts';

type Role = Parameters<Page['getByRole']>[0];

export type LocatorSpec =
  | { role: Role; name?: string; exact?: boolean }
  | { label: string; exact?: boolean }
  | { text: string; exact?: boolean }
  | { testId: string };

export const DEFAULT_LOCATORS = {
  // Both apps (docs/ARCHITECTURE.md, "The reference apps' markup")
  'app.alert': { role: 'alert' },
  'app.status': { role: 'status' },
  'home.heading': { role: 'heading', name: 'Home', exact: true },
  'home.signInLink': { role: 'link', name: 'Sign in' },
  'home.profileLink': { role: 'link', name: 'My profile' },
  'home.welcome': { text: '/^Welcome, /' },
  'profile.heading': { role: 'heading', name: 'My profile', exact: true },
  'profile.claims': { role: 'table', name: 'Profile claims' },
  'profile.signOut': { role: 'button', name: 'Sign out' },
  // Embedded-SDK app
  'sdk.login.heading': { role: 'heading', name: 'Sign in', exact: true },
  'sdk.login.username': { label: 'Username', exact: true },
  'sdk.login.password': { label: 'Password', exact: true },
  'sdk.login.submit': { role: 'button', name: 'Sign in', exact: true },
  'sdk.login.forgotPassword': { role: 'link', name: 'Forgot password?' },
  'sdk.selectAuthenticator.heading': { role: 'heading', name: 'Select an authenticator' },
  'sdk.selectAuthenticator.continue': { role: 'button', name: 'Continue' },
  'sdk.cancel': { role: 'button', name: 'Cancel' },
  'sdk.phone.heading': { role: 'heading', name: 'Set up phone authentication' },
  'sdk.phone.number': { label: 'Phone number' },
  'sdk.phone.sendCode': { role: 'button', name: 'Send code' },
  'sdk.code.heading': { role: 'heading', name: 'Enter verification code' },
  'sdk.code.input': { label: 'Verification code' },
  'sdk.code.verify': { role: 'button', name: 'Verify' },
  'sdk.code.resend': { role: 'button', name: 'Resend code' },
  'sdk.recover.heading': { role: 'heading', name: 'Reset your password' },
  'sdk.recover.username': { label: 'Username', exact: true },
  'sdk.recover.next': { role: 'button', name: 'Next' },
  'sdk.reset.heading': { role: 'heading', name: 'Set a new password' },
  'sdk.reset.newPassword': { label: 'New password', exact: true },
  'sdk.reset.confirmPassword': { label: 'Confirm new password', exact: true },
  'sdk.reset.submit': { role: 'button', name: 'Reset password' },
  'sdk.originalBrowser.heading': { role: 'heading', name: 'Enter the code in your original browser' },
  // Sign-In Widget 7 (its own markup)
  'widget.host.heading': { role: 'heading', name: 'Sign in', exact: true },
  'widget.identify.username': { label: 'Username' },
  'widget.identify.next': { role: 'button', name: 'Next' },
  'widget.email.startTitle': { role: 'heading', name: 'Get a verification email' },
  'widget.email.send': { role: 'button', name: 'Send me an email' },
  'widget.email.title': { role: 'heading', name: 'Verify with your email' },
  'widget.email.enterCodeInstead': { role: 'button', name: 'Enter a verification code instead' },
  'widget.email.code': { label: 'Enter Code', exact: true },
  'widget.email.verify': { role: 'button', name: 'Verify' },
  // The widget renders "Send again" as an anchor without href, which has no link role.
  'widget.email.resend': { text: 'Send again', exact: true },
  'widget.errors': { role: 'alert' },
  'widget.originalTab': { text: '/original (authentication location|tab|browser)/i' },
} satisfies Record<string, LocatorSpec>;

export type LocatorKey = keyof typeof DEFAULT_LOCATORS;

export class LocatorBook {
  private readonly specs: Record<LocatorKey, LocatorSpec>;

  constructor(overrides: Partial<Record<LocatorKey, LocatorSpec>> = {}) {
    this.specs = { ...DEFAULT_LOCATORS, ...overrides };
  }

  spec(key: LocatorKey): LocatorSpec {
    return this.specs[key];
  }

  /** Resolves a key against a page or a container locator. */
  locate(root: Page | Locator, key: LocatorKey): Locator {
    const spec = this.specs[key];
    if ('role' in spec) {
      const name = spec.name ? textOrPattern(spec.name) : undefined;
      return root.getByRole(spec.role, name === undefined ? {} : { name, exact: spec.exact });
    }
    if ('label' in spec) return root.getByLabel(textOrPattern(spec.label), { exact: spec.exact });
    if ('text' in spec) return root.getByText(textOrPattern(spec.text), { exact: spec.exact });
    return root.getByTestId(spec.testId);
  }
}

function textOrPattern(value: string): string | RegExp {
  const match = /^\/(.*)\/([a-z]*)$/s.exec(value);
  return match ? new RegExp(match[1], match[2]) : value;
}

/** Reads the override file, if any, and checks every key names a known locator. */
export function loadLocatorBook(overridesFile?: string): LocatorBook {
  if (!overridesFile) return new LocatorBook();
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(overridesFile, 'utf8'));
  } catch (error) {
    throw new ConfigError([`The locator override file ${overridesFile} is not readable JSON (${(error as Error).message})`]);
  }
  if (!parsed || typeof parsed !== 'object') throw new ConfigError([`${overridesFile} must hold a JSON object of locator overrides`]);
  const problems = Object.entries(parsed).flatMap(([key, spec]) => validate(key, spec, overridesFile));
  if (problems.length) throw new ConfigError(problems, 'The locator overrides are invalid');
  return new LocatorBook(parsed as Partial<Record<LocatorKey, LocatorSpec>>);
}

function validate(key: string, spec: unknown, file: string): string[] {
  if (!(key in DEFAULT_LOCATORS)) {
    return [`${file}: "${key}" is not a locator key; valid keys are listed in pages/locators.ts (e.g. sdk.login.submit)`];
  }
  const kinds = spec && typeof spec === 'object' ? ['role', 'label', 'text', 'testId'].filter((k) => k in spec) : [];
  if (kinds.length !== 1) return [`${file}: "${key}" needs exactly one of role, label, text or testId`];
  return [];
}
