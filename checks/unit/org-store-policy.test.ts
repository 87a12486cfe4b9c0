/** Policy evaluation the IDX layer relies on, and the configuration's own validation. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../sandbox/lib/service.ts';
import { loadOrgConfig, parseOrgConfig, type OrgConfig } from '../../sandbox/org/config/index.ts';
import { createOrgStore } from '../../sandbox/org/store/index.ts';

const vars = { SDK_APP_URL: 'http://127.0.0.1:1', WIDGET_APP_URL: 'http://127.0.0.1:2', SDK_CLIENT_ID: '0oasdk', WIDGET_CLIENT_ID: '0oawid' };
const config = (): OrgConfig => structuredClone(loadOrgConfig(vars));
const profile = (login: string) => ({ login, email: login, firstName: 'Pat', lastName: 'Lee' });

test('default enrollment policy: password required, email disabled, phone optional', () => {
  const store = createOrgStore(config(), new ManualClock());
  const user = store.users.create({ profile: profile('pat@example.com'), password: 'Corr3ctHorse' });
  assert.deepEqual(store.enrollmentPolicyFor(user), { okta_password: 'REQUIRED', okta_email: 'NOT_ALLOWED', phone_number: 'OPTIONAL' });
});

test('an inactive authenticator is never enrollable, whatever the policy says', () => {
  const custom = config();
  custom.authenticators.find((a) => a.key === 'phone_number')!.status = 'INACTIVE';
  const store = createOrgStore(parseOrgConfig(custom), new ManualClock());
  const user = store.users.create({ profile: profile('pat@example.com'), password: 'Corr3ctHorse' });
  assert.equal(store.enrollmentPolicyFor(user.id).phone_number, 'NOT_ALLOWED');
});

test('access policies: SDK app is password + another factor, widget app is email only', () => {
  const store = createOrgStore(config(), new ManualClock());
  const sdk = store.accessPolicyFor('0oasdk');
  assert.equal(sdk.factorMode, '2FA');
  assert.equal(sdk.passwordRequired, true);
  assert.deepEqual(sdk.satisfying, ['okta_password', 'okta_email', 'phone_number']);
  const widget = store.accessPolicyFor('0oawid');
  assert.equal(widget.factorMode, '1FA');
  assert.equal(widget.passwordRequired, false);
  assert.deepEqual(widget.satisfying, ['okta_email']);
  assert.throws(() => store.accessPolicyFor('0oaunknown'), /E0000007/);
});

test('a global session policy that demands a password makes every app require it', () => {
  const custom = config();
  const rule = custom.policies.find((p) => p.type === 'OKTA_SIGN_ON')!.rules[0]!;
  (rule.actions.signon as { primaryFactor: string }).primaryFactor = 'PASSWORD_IDP';
  const store = createOrgStore(parseOrgConfig(custom), new ManualClock());
  assert.equal(store.accessPolicyFor('0oawid').passwordRequired, true);
});

test('recovery: email only by default; none when email is allowed for sign-in only', () => {
  assert.deepEqual(createOrgStore(config(), new ManualClock()).passwordPolicyFor(null).recoveryMethods, ['email']);
  const custom = config();
  custom.authenticators.find((a) => a.key === 'okta_email')!.settings.allowedFor = 'sso';
  const view = createOrgStore(parseOrgConfig(custom), new ManualClock()).passwordPolicyFor(null);
  assert.deepEqual(view.recoveryMethods, []);
  assert.equal(view.selfServiceResetAllowed, true, 'the rule still allows it; no authenticator can serve it');
});

test('the primary email counts as an email enrollment only when the switch says so', () => {
  const off = createOrgStore(config(), new ManualClock());
  const a = off.users.create({ profile: profile('a@example.com'), password: 'Corr3ctHorse' });
  assert.deepEqual(off.enrollments.list(a.id).map((e) => e.key), ['okta_password']);

  const custom = config();
  custom.features.emailEnrolledByDefault = true;
  const on = createOrgStore(parseOrgConfig(custom), new ManualClock());
  const b = on.users.create({ profile: profile('b@example.com'), password: 'Corr3ctHorse' });
  const staged = on.users.create({ profile: profile('c@example.com'), activate: false });
  assert.deepEqual(on.enrollments.list(b.id).map((e) => `${e.key}:${e.profile.email ?? ''}`), ['okta_password:', 'okta_email:b@example.com']);
  assert.deepEqual(on.enrollments.list(staged.id), [], 'only ACTIVE users get the default email enrollment');
  const email = on.enrollments.byKey(b.id, 'okta_email')!;
  on.enrollments.remove(b.id, email.id);
  assert.equal(on.enrollments.byKey(b.id, 'okta_email'), undefined, 'removing it sticks');
});

test('configuration errors name every problem', () => {
  assert.throws(() => loadOrgConfig({ ...vars, SDK_CLIENT_ID: '' }), /SDK_CLIENT_ID/);
  const broken = config();
  broken.apps[0]!.accessPolicy = 'Nope';
  broken.policies[0]!.groups = ['Ghosts'];
  assert.throws(() => parseOrgConfig(broken), (error: Error) => /"Nope"/.test(error.message) && /"Ghosts"/.test(error.message));
  const invalid = config() as unknown as { throttles: { smsPerNumberSeconds: unknown } };
  invalid.throttles.smsPerNumberSeconds = 'thirty';
  assert.throws(() => parseOrgConfig(invalid), /throttles\.smsPerNumberSeconds/);
});
