/**
 * The Management API on the wire (plain fetch): authentication, Okta's headers and error body,
 * rate limiting on an injectable clock, pagination links, user queries, lifecycle, authenticator
 * enrollments and the System Log.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { startHttpServer } from '../../sandbox/lib/http.ts';
import { ManualClock } from '../../sandbox/lib/service.ts';
import { loadOrgConfig, parseOrgConfig } from '../../sandbox/org/config/index.ts';
import { createOrgStore, type OrgStore } from '../../sandbox/org/store/index.ts';
import { logSmsSent } from '../../sandbox/org/store/log-events.ts';
import { type FactorActivation, mgmtRoutes } from '../../sandbox/org/mgmt/index.ts';

const TOKEN = 'http-test-token';

async function startOrg(mutate: (config: ReturnType<typeof loadOrgConfig>) => void = () => {}, factorActivation?: FactorActivation) {
  const config = structuredClone(loadOrgConfig({ SDK_APP_URL: 'http://127.0.0.1:1', WIDGET_APP_URL: 'http://127.0.0.1:2', SDK_CLIENT_ID: '0oasdk', WIDGET_CLIENT_ID: '0oawidget' }));
  mutate(config);
  const clock = new ManualClock(Date.parse('2026-01-05T10:00:00.000Z'));
  const store = createOrgStore(parseOrgConfig(config), clock);
  const server = await startHttpServer({ name: 'org-mgmt-http-test', routes: mgmtRoutes(store, { apiToken: TOKEN, clock, factorActivation }) }, 0);
  const call = async (method: string, path: string, body?: unknown, token: string | null = TOKEN) => {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (token) headers.Authorization = `SSWS ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(`${server.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
  };
  return { store, server, clock, call };
}

const login = () => `e2e-${randomBytes(4).toString('hex')}@example.com`;
const profile = (email: string) => ({ firstName: 'E2E', lastName: 'User', email, login: email });
/** Store input (password as a field) and wire body (password under credentials) differ. */
const storeUser = (email: string, password?: string) => ({ profile: profile(email), password });
const newUser = (email: string, password?: string) => ({
  profile: profile(email),
  ...(password ? { credentials: { password: { value: password } } } : {}),
});

describe('Management API on the wire', () => {
  let org: Awaited<ReturnType<typeof startOrg>>;
  let store: OrgStore;
  before(async () => {
    org = await startOrg();
    store = org.store;
  });
  after(() => org.server.close());

  test('rejects a missing or wrong SSWS token with 401 E0000011 as JSON', async () => {
    for (const token of [null, 'wrong']) {
      const res = await org.call('GET', '/api/v1/users', undefined, token);
      assert.equal(res.status, 401);
      assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
      assert.equal(res.body.errorCode, 'E0000011');
      assert.match(res.body.errorId, /^oae/);
      assert.ok(res.headers.get('x-rate-limit-reset'), 'rate-limit headers are on errors too');
    }
  });

  test('answers with Date, request id and rate-limit headers', async () => {
    const res = await org.call('GET', '/api/v1/authenticators');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('date'), new Date(org.clock.now()).toUTCString(), 'Date comes from the org clock');
    assert.ok(res.headers.get('x-okta-request-id'));
    assert.equal(res.headers.get('x-rate-limit-limit'), '500');
    assert.equal(res.headers.get('x-rate-limit-reset'), String(Date.parse('2026-01-05T10:01:00.000Z') / 1000));
  });

  test('paginates a search with absolute Link headers that keep the query', async () => {
    const prefix = `e2e-page-${randomBytes(3).toString('hex')}`;
    for (let i = 0; i < 3; i++) store.users.create(storeUser(`${prefix}${i}@example.com`, 'Corr3ctHorse'));
    const search = encodeURIComponent(`profile.login sw "${prefix}"`);
    const first = await org.call('GET', `/api/v1/users?search=${search}&limit=2`);
    assert.equal(first.body.length, 2);
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.get('link') ?? '')?.[1];
    assert.ok(next?.startsWith(`${org.server.url}/api/v1/users?`), `next link is absolute: ${next}`);
    assert.equal(new URL(next!).searchParams.get('search'), `profile.login sw "${prefix}"`, 'next link keeps the search');
    const second = await (await fetch(next!, { headers: { Authorization: `SSWS ${TOKEN}` } })).json();
    assert.deepEqual(second.map((u: { profile: { login: string } }) => u.profile.login), [`${prefix}2@example.com`]);
  });

  test('search, filter and q differ as in Okta; a bad expression is E0000031', async () => {
    const staged = store.users.create({ ...storeUser(login()), activate: false });
    const gone = store.users.create(storeUser(login(), 'Corr3ctHorse'));
    store.users.deactivate(gone.id);
    const filter = await org.call('GET', `/api/v1/users?filter=${encodeURIComponent('status eq "STAGED"')}`);
    assert.ok(filter.body.some((u: { id: string }) => u.id === staged.id));
    assert.ok(filter.body.every((u: { status: string }) => u.status === 'STAGED'));
    const search = await org.call('GET', `/api/v1/users?search=${encodeURIComponent(`profile.login eq "${gone.profile.login}"`)}`);
    assert.deepEqual(search.body.map((u: { id: string }) => u.id), [gone.id], 'search includes DEPROVISIONED users');
    const q = await org.call('GET', `/api/v1/users?q=${encodeURIComponent(gone.profile.email)}`);
    assert.deepEqual(q.body, [], 'q skips DEPROVISIONED users');
    const bad = await org.call('GET', `/api/v1/users?filter=${encodeURIComponent('profile.login sw "x"')}`);
    assert.equal(bad.status, 400);
    assert.equal(bad.body.errorCode, 'E0000031');
  });

  test('lifecycle: activation and reset links, wrong-status errors', async () => {
    const created = await org.call('POST', '/api/v1/users?activate=false', newUser(login(), 'Corr3ctHorse'));
    assert.equal(created.body.status, 'STAGED');
    const activated = await org.call('POST', `/api/v1/users/${created.body.id}/lifecycle/activate?sendEmail=false`);
    assert.match(activated.body.activationUrl, /\/tokens\/[A-Za-z0-9]+\/verify$/);
    const reset = await org.call('POST', `/api/v1/users/${created.body.id}/lifecycle/reset_password?sendEmail=false`);
    assert.match(reset.body.resetPasswordUrl, /\/signin\/reset-password\/[A-Za-z0-9]+$/);
    assert.equal(store.users.get(created.body.id)?.status, 'RECOVERY');
    const unsuspend = await org.call('POST', `/api/v1/users/${created.body.id}/lifecycle/unsuspend`);
    assert.equal(unsuspend.status, 403);
    assert.equal(unsuspend.body.errorCode, 'E0000038');
    const weak = await org.call('POST', '/api/v1/users', newUser(login(), 'short'));
    assert.equal(weak.body.errorCode, 'E0000001');
    assert.match(weak.body.errorCauses[0].errorSummary, /At least 8 characters/);
  });

  test('authenticator enrollments are an array with masked phone numbers unless disclosed', async () => {
    const user = store.users.create(storeUser(login(), 'Corr3ctHorse'));
    store.enrollments.addPhone(user.id, { phoneNumber: '+15550100107' });
    const masked = await org.call('GET', `/api/v1/users/${user.id}/authenticator-enrollments`);
    assert.ok(Array.isArray(masked.body));
    assert.deepEqual(masked.body.map((e: { key: string }) => e.key), ['okta_password', 'phone_number']);
    assert.equal(masked.body[1].profile.phoneNumber, '+1 XXX-XXX-0107');
    const shown = await org.call('GET', `/api/v1/users/${user.id}/authenticator-enrollments?discloseIdentifiers=phone`);
    assert.equal(shown.body[1].profile.phoneNumber, '+15550100107');
  });

  test('System Log: message events by type and user, oldest first, inside the time window', async () => {
    const user = store.users.create(storeUser(login(), 'Corr3ctHorse'));
    const since = new Date(org.clock.now()).toISOString();
    logSmsSent(store, { user, phoneNumber: '+15550100108', purpose: 'enrollment' });
    org.clock.advance(1000);
    logSmsSent(store, { user, phoneNumber: '+15550100108', purpose: 'challenge' });
    const filter = encodeURIComponent(`target.id eq "${user.id}" and eventType sw "system.sms."`);
    const res = await org.call('GET', `/api/v1/logs?since=${since}&filter=${filter}`);
    assert.deepEqual(res.body.map((e: { eventType: string }) => e.eventType), ['system.sms.send_phone_verification_message', 'system.sms.send_factor_verify_message']);
    const until = new Date(org.clock.now()).toISOString();
    const before = await org.call('GET', `/api/v1/logs?since=${since}&until=${until}&filter=${filter}`);
    assert.equal(before.body.length, 1, 'until is exclusive');
  });

  test('policies need a type', async () => {
    const res = await org.call('GET', '/api/v1/policies');
    assert.equal(res.status, 400);
    assert.equal(res.body.errorCode, 'E0000001');
  });
});

describe('Management API rate limit', () => {
  test('answers 429 E0000047 with the reset time, then recovers in the next window', async () => {
    const org = await startOrg((config) => (config.throttles.api.perWindow.groups = 1));
    try {
      assert.equal((await org.call('GET', '/api/v1/groups')).status, 200);
      const limited = await org.call('GET', '/api/v1/groups');
      assert.equal(limited.status, 429);
      assert.equal(limited.body.errorCode, 'E0000047');
      assert.equal(limited.headers.get('x-rate-limit-remaining'), '0');
      const reset = Number(limited.headers.get('x-rate-limit-reset'));
      assert.equal((await org.call('GET', '/api/v1/users')).status, 200, 'other buckets are unaffected');
      org.clock.advance(reset * 1000 - org.clock.now());
      assert.equal((await org.call('GET', '/api/v1/groups')).status, 200, 'the bucket refills at the reset time');
    } finally {
      await org.server.close();
    }
  });
});

describe('Factor activation through the Management API', () => {
  test('without activate=true the factor waits for the code the org sent', async () => {
    const sent: { phone?: string; code: string }[] = [];
    const activation: FactorActivation = {
      send: async ({ enrollment }) => {
        sent.push({ phone: enrollment.profile.phoneNumber, code: '246810' });
        return '246810';
      },
    };
    const org = await startOrg(undefined, activation);
    try {
      const user = org.store.users.create(storeUser(login(), 'Corr3ctHorse'));
      const sms = { factorType: 'sms', provider: 'OKTA', profile: { phoneNumber: '+15550100109' } };
      const factor = await org.call('POST', `/api/v1/users/${user.id}/factors`, sms);
      assert.equal(factor.body.status, 'PENDING_ACTIVATION');
      assert.deepEqual(sent.map((s) => s.phone), ['+15550100109'], 'one activation code went to the new number');
      assert.equal(org.store.enrollments.byKey(user.id, 'phone_number'), undefined, 'IDX does not see a pending phone');
      const activatePath = `/api/v1/users/${user.id}/factors/${factor.body.id}/lifecycle/activate`;
      const wrong = await org.call('POST', activatePath, { passCode: '000000' });
      assert.equal(wrong.status, 403);
      assert.equal(wrong.body.errorCode, 'E0000068');
      const right = await org.call('POST', activatePath, { passCode: '246810' });
      assert.equal(right.body.status, 'ACTIVE');
      assert.equal(org.store.enrollments.byKey(user.id, 'phone_number')?.id, factor.body.id);
    } finally {
      await org.server.close();
    }
  });

  test('with no code sender configured, enrolling without activate=true is refused loudly', async () => {
    const org = await startOrg();
    try {
      const user = org.store.users.create(storeUser(login(), 'Corr3ctHorse'));
      const res = await org.call('POST', `/api/v1/users/${user.id}/factors`, { factorType: 'email', provider: 'OKTA', profile: { email: user.profile.email } });
      assert.equal(res.status, 400);
      assert.match(res.body.errorCauses[0].errorSummary, /activate=true/);
    } finally {
      await org.server.close();
    }
  });
});
