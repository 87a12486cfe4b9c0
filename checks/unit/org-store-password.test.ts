/** The password policy as the store enforces it: complexity, username exclusion, history, status. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../sandbox/lib/service.ts';
import { loadOrgConfig, parseOrgConfig, type OrgConfig } from '../../sandbox/org/config/index.ts';
import { createOrgStore } from '../../sandbox/org/store/index.ts';

function config(): OrgConfig {
  return structuredClone(loadOrgConfig({ SDK_APP_URL: 'http://127.0.0.1:1', WIDGET_APP_URL: 'http://127.0.0.1:2', SDK_CLIENT_ID: '0oasdk', WIDGET_CLIENT_ID: '0oawid' }));
}
const profile = { login: 'jane.doe@example.com', email: 'jane.doe@example.com', firstName: 'Jane', lastName: 'Doe' };
const unmetCodes = (result: { ok: boolean; unmet?: { code: string }[] }) => (result.ok ? [] : result.unmet!.map((r) => r.code));

test('each complexity rule of the default policy is reported when unmet', () => {
  const store = createOrgStore(config(), new ManualClock());
  const user = store.users.create({ profile, password: 'Str0ngPass' });
  assert.deepEqual(unmetCodes(store.users.checkPassword(user.id, 'Sh0rt')), ['minLength']);
  assert.deepEqual(unmetCodes(store.users.checkPassword(user.id, 'ALLUPPER123')), ['minLowerCase']);
  assert.deepEqual(unmetCodes(store.users.checkPassword(user.id, 'alllower123')), ['minUpperCase']);
  assert.deepEqual(unmetCodes(store.users.checkPassword(user.id, 'NoNumbersHere')), ['minNumber']);
  assert.deepEqual(unmetCodes(store.users.checkPassword(user.id, 'xxJANE-Doe1x')), ['excludeUsername'], 'parts of the login are refused');
  assert.deepEqual(unmetCodes(store.users.checkPassword(user.id, 'Fresh4Pass')), [], 'no symbol is needed by default');
});

test('the last four passwords cannot be reused; the fifth-last can', () => {
  const store = createOrgStore(config(), new ManualClock());
  const user = store.users.create({ profile, password: 'First1Pass' });
  for (const next of ['Second2Pass', 'Third3Pass', 'Fourth4Pass']) assert.equal(store.users.setPassword(user.id, next).ok, true);
  assert.deepEqual(unmetCodes(store.users.setPassword(user.id, 'First1Pass')), ['history'], 'still among the last 4');
  assert.equal(store.users.setPassword(user.id, 'Fifth5Pass').ok, true);
  assert.equal(store.users.setPassword(user.id, 'First1Pass').ok, true, 'dropped out of the history');
  assert.equal(store.users.verifyPassword(user.id, 'First1Pass'), true);
  assert.equal(store.users.verifyPassword(user.id, 'Fifth5Pass'), false);
});

test('a rejected password changes nothing; an accepted one ends RECOVERY', () => {
  const clock = new ManualClock(Date.parse('2026-01-05T10:00:00Z'));
  const store = createOrgStore(config(), clock);
  const user = store.users.create({ profile, password: 'First1Pass' });
  store.users.resetPassword(user.id);
  assert.equal(store.users.setPassword(user.id, 'weak').ok, false);
  assert.equal(user.status, 'RECOVERY');
  assert.equal(store.users.verifyPassword(user.id, 'First1Pass'), true);
  clock.advance(60_000);
  assert.equal(store.users.setPassword(user.id, 'Better2Pass').ok, true);
  assert.equal(user.status, 'ACTIVE');
  assert.equal(user.passwordChanged, '2026-01-05T10:01:00.000Z');
});

test('the policy comes from the configuration: a symbol requirement appears when configured', () => {
  const custom = config();
  const policy = custom.policies.find((p) => p.type === 'PASSWORD')!;
  if (policy.type !== 'PASSWORD') throw new Error('unreachable');
  policy.settings.password.complexity.minSymbol = 1;
  const store = createOrgStore(parseOrgConfig(custom), new ManualClock());
  assert.throws(() => store.users.create({ profile, password: 'NoSymbol1' }), /A symbol/);
  const view = store.passwordPolicyFor(null);
  assert.ok(view.requirements.some((r) => r.description === 'A symbol'));
  assert.deepEqual(view.settings.age, { minAgeMinutes: 0, historyCount: 4 });
});
