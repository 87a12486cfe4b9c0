/** Users, enrollments and message throttles in the store. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../sandbox/lib/service.ts';
import { loadOrgConfig } from '../../sandbox/org/config/index.ts';
import { createOrgStore } from '../../sandbox/org/store/index.ts';

const vars = { SDK_APP_URL: 'http://127.0.0.1:1', WIDGET_APP_URL: 'http://127.0.0.1:2', SDK_CLIENT_ID: '0oasdk', WIDGET_CLIENT_ID: '0oawid' };
const fresh = (clock = new ManualClock()) => createOrgStore(loadOrgConfig(vars), clock);
const profile = (login: string) => ({ login, email: login, firstName: 'Sam', lastName: 'Ray' });

test('creation status follows password and activate, ids look like Okta ids', () => {
  const store = fresh();
  const active = store.users.create({ profile: profile('a@example.com'), password: 'Corr3ctHorse' });
  assert.match(active.id, /^00u[A-Za-z0-9]{17}$/);
  assert.equal(active.status, 'ACTIVE');
  assert.equal(store.users.create({ profile: profile('b@example.com') }).status, 'PROVISIONED');
  assert.equal(store.users.create({ profile: profile('c@example.com'), password: 'Corr3ctHorse', activate: false }).status, 'STAGED');
  assert.equal(store.users.create({ profile: profile('d@example.com'), password: 'Corr3ctHorse', nextLogin: 'changePassword' }).status, 'PASSWORD_EXPIRED');
  assert.throws(() => store.users.create({ profile: profile('A@EXAMPLE.COM') }), /E0000001.*already exists/);
  assert.throws(() => store.users.create({ profile: { ...profile('e@example.com'), firstName: '' } }), /firstName/);
});

test('lookup by id, login in any case, or unique short name', () => {
  const store = fresh();
  const user = store.users.create({ profile: profile('sam.ray@example.com'), password: 'Corr3ctHorse' });
  assert.equal(store.users.get('SAM.RAY@example.com'), user);
  assert.equal(store.users.get('sam.ray'), user);
  assert.equal(store.users.get(user.id), user);
  assert.throws(() => store.users.require('nobody@example.com'), /E0000007/);
});

test('removal needs DEPROVISIONED and forgets enrollments and memberships', () => {
  const store = fresh();
  const user = store.users.create({ profile: profile('gone@example.com'), password: 'Corr3ctHorse' });
  const group = store.groups.create({ name: 'e2e-group' });
  store.groups.addUser(group.id, user.id);
  store.enrollments.addPhone(user.id, { phoneNumber: '+15550100101' });
  assert.throws(() => store.users.remove(user.id), /E0000038/);
  store.users.deactivate(user.id);
  store.users.remove(user.id);
  assert.equal(store.users.get(user.id), undefined);
  assert.deepEqual(store.groups.members(group.id), []);
  assert.throws(() => store.enrollments.list(user.id), /E0000007/);
});

test('phone enrollment: E.164 only, sms only by default, one number unless updatePhone', () => {
  const store = fresh();
  const user = store.users.create({ profile: profile('p@example.com'), password: 'Corr3ctHorse' });
  assert.throws(() => store.enrollments.addPhone(user.id, { phoneNumber: '5550100101' }), /Invalid Phone Number/);
  assert.throws(() => store.enrollments.addPhone(user.id, { phoneNumber: '+15550100101', method: 'voice' }), /not enabled/);
  const phone = store.enrollments.addPhone(user.id, { phoneNumber: '+15550100101' });
  assert.match(phone.id, /^mbl/);
  assert.throws(() => store.enrollments.addPhone(user.id, { phoneNumber: '+15550100102' }), /existing verified phone/);
  store.enrollments.addPhone(user.id, { phoneNumber: '+15550100102', updatePhone: true });
  assert.equal(store.enrollments.byKey(user.id, 'phone_number')?.profile.phoneNumber, '+15550100102');
  assert.equal(store.enrollments.list(user.id).filter((e) => e.key === 'phone_number').length, 1);
});

test('message throttles follow the clock and the configured windows (SMS per number, email per recipient)', () => {
  const clock = new ManualClock();
  const store = fresh(clock);
  const { smsPerNumberSeconds, emailPerRecipientSeconds } = loadOrgConfig(vars).throttles;
  const sms = smsPerNumberSeconds * 1000;
  const email = emailPerRecipientSeconds * 1000;
  assert.equal(store.throttles.take('sms', '+15550100101').allowed, true);
  const refused = store.throttles.take('sms', '+15550100101');
  assert.equal(refused.allowed, false);
  if (!refused.allowed) {
    assert.equal(refused.errorCode, 'E0000109');
    assert.equal(refused.retryAfterMs, sms);
    assert.match(refused.errorSummary, new RegExp(`wait ${smsPerNumberSeconds} seconds`), 'the refusal says how long to wait, as Okta\'s does');
  }
  assert.equal(store.throttles.take('sms', '+15550100102').allowed, true, 'other numbers are independent');
  clock.advance(sms);
  assert.equal(store.throttles.take('sms', '+15550100101').allowed, true);
  assert.equal(store.throttles.take('email', 'Sam@example.com').allowed, true);
  assert.equal(store.throttles.peek('email', 'sam@example.com').allowed, false, 'recipients compare case-insensitively');
  clock.advance(email);
  assert.equal(store.throttles.peek('email', 'sam@example.com').allowed, true);
});

test('a user activated without a password is ACTIVE only in a password-optional group', () => {
  const store = fresh();
  const profile = (login: string) => ({ login, email: login, firstName: 'Pat', lastName: 'Lee' });
  const optional = store.groups.byName('Password-optional users')!;
  const emailOnly = store.users.create({ profile: profile('pat.optional@example.test'), groupIds: [optional.id] });
  assert.equal(emailOnly.status, 'ACTIVE', 'the password-optional enrollment policy applies');
  const everyone = store.users.create({ profile: profile('pat.default@example.test') });
  assert.equal(everyone.status, 'PROVISIONED', 'the default policy requires a password, so the user awaits activation');
});
