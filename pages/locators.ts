/**
 * Every locator the page objects use, in one table, with per-target overrides (from an app driver
 * or a JSON file). Page objects never build a locator themselves: a unit test lists this table's
 * keys against every `locate(` call, so an app whose pages differ can reach every control here.
 *
 * A spec is one of
 *   { "role": "button", "name": "Anmelden" }   getByRole; `exact` optional
 *   { "label": "Benutzername" }                getByLabel
 *   { "text": "Willkommen" }                   getByText
 *   { "testId": "o-form-input-identifier" }    getByTestId (data-se in playwright.config.ts)
 *   { "css": "input[name=username]" }          a CSS selector, for controls with no label or role
 * A `name`/`label`/`text` written as "/pattern/flags" is a regular expression. Some keys take
 * parameters, written `{name}` inside the spec (e.g. the authenticator a choice is for); in a
 * regular expression the value is escaped.
 * Example: { "sdk.login.submit": { "role": "button", "name": "Log in" } }
 *
 * How to add a locator: add the key here with the reference apps' spec and a comment naming the page;
 * page objects reach it only through `locate(key)`.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { ConfigError } from '../helpers/errors.ts';

type Role = Parameters<Page['getByRole']>[0];

export type LocatorSpec =
  | { role: Role; name?: string; exact?: boolean }
  | { label: string; exact?: boolean }
  | { text: string; exact?: boolean }
  | { testId: string }
  | { css: string };

export type LocatorParams = Record<string, string>;

const KINDS = ['role', 'label', 'text', 'testId', 'css'] as const;

export const DEFAULT_LOCATORS = {
  // Both apps (docs/ARCHITECTURE.md, "The reference apps' markup")
  'app.alert': { role: 'alert' },
  'app.status': { role: 'status' },
  'app.signOut': { role: 'button', name: 'Sign out' },
  'home.heading': { role: 'heading', name: 'Home', exact: true },
  'home.signInLink': { role: 'link', name: 'Sign in' },
  'home.profileLink': { role: 'link', name: 'My profile' },
  'home.welcome': { text: '/^Welcome, /' },
  // Where the signed-in user's identity is shown (a profile page, or claims on the home page).
  'identity.claims': { role: 'table', name: 'Profile claims' },
  // One claim inside `identity.claims`; parameters {claim} (OIDC name, e.g. sub) and {label} (Subject).
  'identity.claim': { role: 'row', name: '/^{label}\\s/' },
  // Embedded-SDK app
  'sdk.login.heading': { role: 'heading', name: 'Sign in', exact: true },
  'sdk.login.username': { label: 'Username', exact: true },
  'sdk.login.password': { label: 'Password', exact: true },
  'sdk.login.submit': { role: 'button', name: 'Sign in', exact: true },
  'sdk.login.forgotPassword': { role: 'link', name: 'Forgot password?' },
  'sdk.authenticators.heading': { role: 'heading', name: 'Select an authenticator' },
  // Every choice on the list (radios, one <select>, or buttons/links); parameter-free.
  'sdk.authenticators.choices': { role: 'radio' },
  // The choice of one authenticator, parameter {name} (Phone, Email); a <select> is matched whole.
  'sdk.authenticators.choice': { role: 'radio', name: '{name}', exact: true },
  'sdk.authenticators.submit': { role: 'button', name: 'Continue' },
  // The IDX method step ("which method?"): the reference app answers it itself and never shows it.
  'sdk.method.heading': { role: 'heading', name: '/verification method|choose a method/i' },
  'sdk.method.choice': { role: 'radio', name: '{name}', exact: true },
  'sdk.method.submit': { role: 'button', name: '/^(Next|Continue)$/' },
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
export type LocatorOverrides = Partial<Record<LocatorKey, LocatorSpec>>;

export class LocatorBook {
  private readonly specs: Record<LocatorKey, LocatorSpec>;

  constructor(overrides: LocatorOverrides = {}) {
    this.specs = { ...DEFAULT_LOCATORS, ...overrides };
  }

  /** A book with `overrides` laid over this one's specs (a driver's, then a JSON file's). */
  with(overrides: LocatorOverrides): LocatorBook {
    return new LocatorBook({ ...this.specs, ...overrides });
  }

  spec(key: LocatorKey): LocatorSpec {
    return this.specs[key];
  }

  /** Resolves a key against a page or a container locator, filling `{param}` placeholders. */
  locate(root: Page | Locator, key: LocatorKey, params: LocatorParams = {}): Locator {
    const spec = this.specs[key];
    if ('role' in spec) {
      const name = spec.name ? textOrPattern(spec.name, params) : undefined;
      return root.getByRole(spec.role, name === undefined ? {} : { name, exact: spec.exact });
    }
    if ('label' in spec) return root.getByLabel(textOrPattern(spec.label, params), { exact: spec.exact });
    if ('text' in spec) return root.getByText(textOrPattern(spec.text, params), { exact: spec.exact });
    if ('css' in spec) return root.locator(fill(spec.css, params, (v) => v.replace(/["\\]/g, '\\$&')));
    return root.getByTestId(fill(spec.testId, params));
  }

  /** How a key is looked for, for failure messages: `"sdk.login.submit" (role button "Sign in")`. */
  describe(key: LocatorKey): string {
    const spec = this.specs[key];
    const [kind, value] = Object.entries(spec).find(([k]) => (KINDS as readonly string[]).includes(k)) ?? ['?', '?'];
    const name = 'role' in spec && spec.name ? ` "${spec.name}"` : '';
    return `"${key}" (${kind} ${kind === 'role' ? value : `"${value}"`}${name})`;
  }
}

function fill(template: string, params: LocatorParams, escape: (value: string) => string = (v) => v): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? escape(params[name]) : whole));
}

function textOrPattern(value: string, params: LocatorParams): string | RegExp {
  const match = /^\/(.*)\/([a-z]*)$/s.exec(value);
  if (!match) return fill(value, params);
  return new RegExp(fill(match[1], params, (v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), match[2]);
}

/** Reads the override file, if any, and checks every key names a known locator. */
export function loadLocatorBook(overridesFile?: string, base: LocatorBook = new LocatorBook()): LocatorBook {
  if (!overridesFile) return base;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(overridesFile, 'utf8'));
  } catch (error) {
    throw new ConfigError([`The locator override file ${overridesFile} is not readable JSON (${(error as Error).message})`]);
  }
  return base.with(checkLocatorOverrides(parsed, overridesFile));
}

/** Validates overrides from a JSON file or an app driver, listing every problem at once. */
export function checkLocatorOverrides(overrides: unknown, source: string): LocatorOverrides {
  if (!overrides || typeof overrides !== 'object' || Array.isArray(overrides)) {
    throw new ConfigError([`${source} must hold an object of locator overrides`]);
  }
  const problems = Object.entries(overrides).flatMap(([key, spec]) => validate(key, spec, source));
  if (problems.length) throw new ConfigError(problems, 'The locator overrides are invalid');
  return overrides as LocatorOverrides;
}

function validate(key: string, spec: unknown, source: string): string[] {
  if (!(key in DEFAULT_LOCATORS)) {
    return [`${source}: "${key}" is not a locator key; valid keys are listed in pages/locators.ts (e.g. sdk.login.submit)`];
  }
  const kinds = spec && typeof spec === 'object' ? KINDS.filter((k) => k in spec) : [];
  if (kinds.length !== 1) return [`${source}: "${key}" needs exactly one of ${KINDS.join(', ')}`];
  const value = (spec as Record<string, unknown>)[kinds[0]];
  if (typeof value !== 'string' || value === '') return [`${source}: "${key}".${kinds[0]} must be a non-empty string`];
  return [];
}
