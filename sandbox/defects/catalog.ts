/**
 * The catalog of seeded defects: small, realistic deviations from one step of the guides, each a
 * named switch the sandbox org or a reference app honours when its id is in the org configuration's
 * `defects` list. `npm run detection` seeds them one at a time and checks that a spec named here
 * fails with an assertion (or a TargetError) about the broken step. How to add one: README.md here.
 *
 * Nothing in tests/, fixtures/, pages/ or helpers/ knows these ids: to the suite a defect is just a
 * target that behaves differently.
 */
import type { OrgConfig } from '../org/config/schema.ts';

export type DefectLayer = 'org' | 'sdk-app' | 'widget-app';

export interface Defect {
  /** `<layer>.<what-goes-wrong>`. */
  readonly id: string;
  readonly layer: DefectLayer;
  /** The guide (flow 1, 2 or 3) and the step of it the defect breaks, in the guide's words. */
  readonly step: string;
  /** One line: what the target does wrong. */
  readonly description: string;
  /** Spec titles (substrings, each naming one test) of which at least one must fail. */
  readonly specs: readonly string[];
  /** What the failure must say: the named expectation of the broken step. */
  readonly evidence: RegExp;
  /** Part of the fast subset `npm test` seeds on every run. */
  readonly quick?: boolean;
  /** Org defects that are a misconfiguration rather than misbehaviour: the change to the config. */
  readonly configure?: (config: OrgConfig) => void;
}

const F1 = 'Flow 1 (password + phone)';
const F2 = 'Flow 2 (password recovery)';
const F3 = 'Flow 3 (email only, widget)';

/** Spec titles, named once: a renamed spec breaks the catalog in one place. */
const SPEC = {
  f1Smoke: 'a password user enrolls a phone by SMS and is signed in',
  f1Enrolled: 'a user with an enrolled phone signs in with the SMS code',
  f1SignOut: 'the app shows the signed-in user and sign-out ends the session',
  f1WrongPassword: 'a wrong password is refused and no session exists',
  f1WrongCode: 'a wrong SMS code is refused and no session exists',
  f1BadPhone: 'a phone number without the + format is refused',
  f1CancelList: 'cancelling at the authenticator list offers sign-in again',
  f1CancelCode: 'cancelling on the code page offers sign-in again',
  f1SmsThrottle: 'a second SMS within the throttle window is refused',
  f2Smoke: 'a user recovers the password with the email code and is signed in',
  f2MagicLink: 'a user recovers the password through the magic link',
  f2NewPassword: 'after recovery the new password works and the old one does not',
  f2Weak: 'a new password that breaks the policy is refused',
  f2Mismatch: 'a new password whose confirmation differs is refused',
  f2WrongCode: 'a wrong recovery code is refused',
  f2Unknown: 'an unknown user gets the same response as a real one',
  f2TamperedState: 'a magic link whose state was tampered with is refused',
  f2Resend: 'resending the recovery email is throttled for 5 s, then sends a new code',
  f3Smoke: 'an email-only user signs in with the emailed code',
  f3MagicLink: 'the magic link opened in the same browser signs the user in',
  f3SignOut: 'sign-out ends the widget app session',
  f3WrongCode: 'a wrong email code is refused and no session exists',
  f3Expired: 'an email code used after its lifetime is refused',
} as const;

const phoneOnly = (config: OrgConfig) => {
  for (const policy of config.policies) {
    if (policy.type !== 'MFA_ENROLL' || policy.groups.length > 0 && !policy.groups.includes('Everyone')) continue;
    for (const entry of policy.settings.authenticators) if (entry.key === 'okta_email') entry.enroll.self = 'OPTIONAL';
  }
};

export const DEFECTS = [
  // Flow 1: password + phone, embedded SDK.
  {
    id: 'org.wrong-password-accepted', layer: 'org', step: `${F1}, step 2: authenticate user credentials`,
    description: 'The org accepts any password for a user who has one.',
    specs: [SPEC.f1WrongPassword, SPEC.f2NewPassword], evidence: /credentials failed|old password is refused/,
  },
  {
    id: 'sdk-app.login-error-swallowed', layer: 'sdk-app', step: `${F1}, step 3: handle the response from the sign-in`,
    description: "The app returns to the sign-in page without the org's error message.",
    specs: [SPEC.f1WrongPassword], evidence: /credentials failed/,
  },
  {
    id: 'org.enroll-policy-offers-email', layer: 'org', step: `${F1}, configuration: email authentication disabled for enrollment`,
    description: "The default enrollment policy leaves email optional, so the list offers Email beside Phone.",
    specs: [SPEC.f1Smoke], evidence: /nothing else/, configure: phoneOnly,
  },
  {
    id: 'sdk-app.authenticator-list-drops-phone', layer: 'sdk-app', step: `${F1}, step 4: show the phone factor in the authenticator list`,
    description: 'The authenticator list filters the options by a hard-coded list that misses the phone.',
    specs: [SPEC.f1Smoke], evidence: /nothing else|on the authenticator list, expected/,
  },
  {
    id: 'sdk-app.authenticator-list-adds-email', layer: 'sdk-app', step: `${F1}, step 4: only the phone factor is displayed`,
    description: 'The authenticator list always shows an Email choice, whatever the org offered.',
    specs: [SPEC.f1Smoke], evidence: /nothing else/,
  },
  {
    id: 'org.sms-challenge-not-sent', layer: 'org', step: `${F1}, step 5: idx.authenticate(phone) sends the code by SMS`,
    description: 'Choosing an enrolled phone shows the code page, but the org never sends the SMS.',
    specs: [SPEC.f1Enrolled], evidence: /org sent the SMS/i,
  },
  {
    id: 'sdk-app.phone-number-error-swallowed', layer: 'sdk-app', step: `${F1}, step 6: the phone number entry page (+ format)`,
    description: 'A number without the + format is refused silently: the page reloads with no message.',
    specs: [SPEC.f1BadPhone], evidence: /number is invalid/,
  },
  {
    id: 'sdk-app.phone-number-digit-dropped', layer: 'sdk-app', step: `${F1}, step 7: idx.authenticate(phone number)`,
    description: 'The app passes the number to the SDK without its last digit (a bad input mask).',
    specs: [SPEC.f1Smoke], evidence: /org sent the SMS/i,
  },
  {
    id: 'org.sms-throttle-off', layer: 'org', step: `${F1}, step 8: a code is sent (one SMS per number per 30 s)`,
    description: "The org's SMS throttle is off: a second SMS goes out at once.",
    specs: [SPEC.f1SmsThrottle], evidence: /refuses a second SMS/, quick: true,
    configure: (config) => { config.throttles.smsPerNumberSeconds = 0; },
  },
  {
    id: 'org.sms-code-not-checked', layer: 'org', step: `${F1}, step 10: idx.authenticate(verificationCode)`,
    description: 'The org accepts any SMS code.',
    specs: [SPEC.f1WrongCode], evidence: /code is invalid/,
  },
  {
    id: 'sdk-app.code-error-swallowed', layer: 'sdk-app', step: `${F1}, step 10: verify the code (and flow 2's code page)`,
    description: "A refused code brings back the code page without the org's message.",
    specs: [SPEC.f1WrongCode, SPEC.f2WrongCode], evidence: /code is invalid/,
  },
  {
    id: 'org.phone-enrollment-not-saved', layer: 'org', step: `${F1}, step 11: factor verifications completed`,
    description: 'The sign-in succeeds but the org never saves the verified phone as an active factor.',
    specs: [SPEC.f1Smoke], evidence: /saved the verified phone/,
  },
  {
    id: 'sdk-app.tokens-not-kept', layer: 'sdk-app', step: `${F1}, step 11: SUCCESS signs the user in`,
    description: 'On SUCCESS the app goes home but never keeps the tokens, so nobody is signed in.',
    specs: [SPEC.f1Smoke, SPEC.f2Smoke], evidence: /the app keeps the sign-in the org completed/,
  },
  {
    id: 'org.last-login-not-recorded', layer: 'org', step: `${F1}, step 11: the user has signed in`,
    description: "The org completes the sign-in without recording it (the user's lastLogin never moves).",
    specs: [SPEC.f1Enrolled], evidence: /records the sign-in|lastLogin/,
  },
  {
    id: 'org.userinfo-drops-email', layer: 'org', step: `${F1}, step 12: get user profile information`,
    description: 'The userinfo endpoint leaves out the email claim although the email scope was granted.',
    specs: [SPEC.f1Smoke, SPEC.f3Smoke], evidence: /shows the test user's email/,
  },
  {
    id: 'sdk-app.cancel-keeps-transaction', layer: 'sdk-app', step: `${F1}: Cancel ends the transaction`,
    description: 'Cancel shows the sign-in page but leaves the IDX transaction alive; Back resumes it.',
    specs: [SPEC.f1CancelList, SPEC.f1CancelCode], evidence: /after cancel/, quick: true,
  },
  {
    id: 'sdk-app.signout-keeps-session', layer: 'sdk-app', step: `${F1}: sign out`,
    description: 'Sign out goes to the home page but neither revokes the tokens nor ends the session.',
    specs: [SPEC.f1SignOut], evidence: /offers sign-in again|revokes the tokens/,
  },
  {
    id: 'sdk-app.signout-not-revoked', layer: 'sdk-app', step: `${F1}: sign out revokes the tokens at the org`,
    description: 'Sign out ends the app session but never revokes the tokens at the org.',
    specs: [SPEC.f1SignOut], evidence: /revokes the tokens at the org/,
  },
  // Flow 2: password recovery with the email factor.
  {
    id: 'org.recovery-reveals-unknown-user', layer: 'org', step: `${F2}: identify the user who forgot the password`,
    description: 'Recovery for an unknown username answers "no such account" (user enumeration).',
    specs: [SPEC.f2Unknown], evidence: /unknown user|on the authenticator list, expected/,
  },
  {
    id: 'org.email-code-not-checked', layer: 'org', step: `${F2} and ${F3}: verify the email code`,
    description: 'The org accepts any email code.',
    specs: [SPEC.f2WrongCode, SPEC.f3WrongCode], evidence: /code is invalid/, quick: true,
  },
  {
    id: 'org.email-throttle-off', layer: 'org', step: `${F2}: the email is sent (one email per recipient per 5 s)`,
    description: "The org's email throttle is off: a resend goes out at once.",
    specs: [SPEC.f2Resend], evidence: /refuses a second email/,
    configure: (config) => { config.throttles.emailPerRecipientSeconds = 0; },
  },
  {
    id: 'sdk-app.resend-fake-success', layer: 'sdk-app', step: `${F2}: resend the code`,
    description: 'Resend code says "We sent a new code" without asking the org for one.',
    specs: [SPEC.f2Resend], evidence: /refuses a second email|org sent 2 email/,
  },
  {
    id: 'org.magic-link-drops-otp', layer: 'org', step: `${F2} and ${F3}: the magic link submits the OTP`,
    description: "The org's magic link redirects to the app with the state but without the OTP.",
    specs: [SPEC.f2MagicLink, SPEC.f3MagicLink], evidence: /magic link leads to the new-password page|shows a signed-in page/,
  },
  {
    id: 'sdk-app.magic-link-ignores-state', layer: 'sdk-app', step: `${F2}: the magic-link callback checks state`,
    description: "The magic-link callback continues the browser's transaction whatever `state` the link carries.",
    specs: [SPEC.f2TamperedState], evidence: /state was tampered with/,
  },
  {
    id: 'sdk-app.reset-confirmation-ignored', layer: 'sdk-app', step: `${F2}: set a new password (and confirm it)`,
    description: 'The new-password form accepts a confirmation that differs from the new password.',
    specs: [SPEC.f2Mismatch], evidence: /do not match|password did not change|stays on the new-password page/, quick: true,
  },
  {
    id: 'sdk-app.reset-error-swallowed', layer: 'sdk-app', step: `${F2}: set a new password that meets the policy`,
    description: "A password the policy refuses brings back the form without the org's requirements message.",
    specs: [SPEC.f2Weak], evidence: /requirements were not met/,
  },
  {
    id: 'org.password-policy-not-enforced', layer: 'org', step: `${F2}: set a new password that meets the policy`,
    description: 'The password policy requires nothing but 4 characters.',
    specs: [SPEC.f2Weak], evidence: /requirements were not met|password did not change/,
    configure: (config) => {
      for (const policy of config.policies) {
        if (policy.type !== 'PASSWORD') continue;
        Object.assign(policy.settings.password.complexity, { minLength: 4, minLowerCase: 0, minUpperCase: 0, minNumber: 0, minSymbol: 0 });
      }
    },
  },
  {
    id: 'org.password-not-changed', layer: 'org', step: `${F2}: the new password replaces the old one`,
    description: 'The org accepts the new password and signs the user in, but keeps the old password.',
    specs: [SPEC.f2NewPassword], evidence: /recorded the password change|old password is refused/,
  },
  {
    id: 'sdk-app.reset-success-not-signed-in', layer: 'sdk-app', step: `${F2}: signed in with the new password`,
    description: 'After the reset the app drops the tokens and shows the sign-in page.',
    specs: [SPEC.f2Smoke], evidence: /after the new password is set, the app keeps the sign-in the org completed/,
  },
  // Flow 3: email only, embedded Sign-In Widget.
  {
    id: 'org.email-challenge-not-sent', layer: 'org', step: `${F3}, 2: the user starts the email challenge ("Send me an email")`,
    description: 'The widget moves on to "Verify with your email", but the org never sends the email.',
    specs: [SPEC.f3Smoke], evidence: /org sent the email/,
  },
  {
    id: 'widget-app.magic-link-drops-state', layer: 'widget-app', step: `${F3}, 3: initialize the widget with OTP and state`,
    description: 'The magic-link callback passes the OTP to the widget but not the state.',
    specs: [SPEC.f3MagicLink], evidence: /state resumes the transaction of the browser that started sign-in/,
  },
  {
    id: 'org.email-code-lifetime-ignored', layer: 'org', step: `${F3}, 3: the emailed code expires with its lifetime`,
    description: "The org accepts an email code after the Email authenticator's lifetime.",
    specs: [SPEC.f3Expired], evidence: /refuses the expired code/,
  },
  {
    id: 'org.id-token-foreign-key', layer: 'org', step: `${F3}: signed in with a valid ID token`,
    description: 'ID tokens are signed with a key the issuer does not publish in its JWKS.',
    specs: [SPEC.f3Smoke], evidence: /ID token did not validate/,
  },
  {
    id: 'widget-app.signout-keeps-tokens', layer: 'widget-app', step: `${F3}: sign out`,
    description: 'Sign out revokes the access token but leaves the tokens in the browser.',
    specs: [SPEC.f3SignOut], evidence: /offers sign-in again|no (ID )?tokens? remains? in the browser/,
  },
  {
    id: 'widget-app.signout-not-revoked', layer: 'widget-app', step: `${F3}: sign out revokes the tokens at the org`,
    description: 'Sign out forgets the tokens in the browser but never revokes them at the org.',
    specs: [SPEC.f3SignOut], evidence: /revokes the tokens at the org/, quick: true,
  },
  {
    id: 'org.revoke-ignored', layer: 'org', step: `${F3}: sign out revokes the tokens at the org`,
    description: 'The revocation endpoint answers 200 but the token stays valid (and nothing is logged).',
    specs: [SPEC.f3SignOut], evidence: /revokes the tokens at the org/,
  },
] as const satisfies readonly Defect[];

export type DefectId = (typeof DEFECTS)[number]['id'];

const BY_ID: ReadonlyMap<string, Defect> = new Map(DEFECTS.map((d) => [d.id, d]));

export function findDefect(id: string): Defect | undefined {
  return BY_ID.get(id);
}
