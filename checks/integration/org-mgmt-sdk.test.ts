/**
 * Acceptance: the REAL @okta/okta-sdk-nodejs drives the emulated org's Management API unmodified:
 * user create / find by prefix across pages / two-step delete, SMS factor enrollment, the org's
 * authenticators, policies, rules, app and authorization server, the System Log, and a 429 retry.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import okta from '@okta/okta-sdk-nodejs';
import { startHttpServer } from '../../sandbox/lib/http.ts';
import { type Clock, systemClock } from '../../sandbox/lib/service.ts';
import { loadOrgConfig, parseOrgConfig, type OrgConfig } from '../../sandbox/org/config/index.ts';
import { createOrgStore, type OrgStore } from '../../sandbox/org/store/index.ts';
import { mgmtRoutes } from '../../sandbox/org/mgmt/index.ts';

const TOKEN = 'test-ssws-token';
const SDK_CLIENT_ID = '0oatestsdkapp0000001';

function baseConfig(): OrgConfig {
  return loadOrgConfig({ SDK_APP_URL: 'http://127.0.0.1:1', WIDGET_APP_URL: 'http://127.0.0.1:2', SDK_CLIENT_ID, WIDGET_CLIENT_ID: '0oatestwidget0000001' });
}

async function startOrg(config: OrgConfig, clock: Clock = systemClock) {
  const store = createOrgStore(config, clock);
  const requests: { method: string; path: string; retry: boolean }[] = [];
  const server = await startHttpServer(
    {
      name: 'org-mgmt-test',
      routes: mgmtRoutes(store, { apiToken: TOKEN, clock }),
      onRequest: (ctx) => requests.push({ method: ctx.method, path: ctx.url.pathname, retry: Boolean(ctx.req.headers['x-okta-retry-count']) }),
    },
    0,
  );
  const client = new okta.Client({ orgUrl: server.url, token: TOKEN, cacheMiddleware: null });
  return { store, server, client, requests };
}

const unique = () => `e2e-${randomBytes(4).toString('hex')}`;
const profileFor = (login: string) => ({ firstName: 'E2E', lastName: 'User', email: login, login });

describe('Management API with the real okta-sdk-nodejs', () => {
  let org: Awaited<ReturnType<typeof startOrg>>;
  let store: OrgStore;
  before(async () => {
    org = await startOrg(baseConfig());
    store = org.store;
  });
  after(() => org.server.close());

  test('creates users and finds them by login prefix across several pages', async () => {
    const prefix = unique();
    for (let i = 0; i < 5; i++) {
      await org.client.userApi.createUser({ body: { profile: profileFor(`${prefix}-${i}@example.com`), credentials: { password: { value: 'Corr3ctHorse' } } }, activate: true });
    }
    await org.client.userApi.createUser({ body: { profile: profileFor(`other-${prefix}@example.com`) }, activate: false });
    const pagesBefore = org.requests.filter((r) => r.method === 'GET' && r.path === '/api/v1/users').length;

    const found: string[] = [];
    const users = await org.client.userApi.listUsers({ search: `profile.login sw "${prefix}-"`, limit: 2 });
    for await (const user of users) found.push(user!.profile!.login!);

    const pages = org.requests.filter((r) => r.method === 'GET' && r.path === '/api/v1/users').length - pagesBefore;
    assert.deepEqual(found.sort(), [0, 1, 2, 3, 4].map((i) => `${prefix}-${i}@example.com`), 'search returns exactly the prefixed users');
    assert.equal(pages, 3, 'five users at limit 2 take three pages, followed through the Link header');
  });

  test('gets a user by id and by login, and refuses a duplicate login with E0000001', async () => {
    const login = `${unique()}@example.com`;
    const created = await org.client.userApi.createUser({ body: { profile: profileFor(login), credentials: { password: { value: 'Corr3ctHorse' } } } });
    assert.equal(created.status, 'ACTIVE', 'password + default activate gives an ACTIVE user');
    const byLogin = await org.client.userApi.getUser({ userId: login.toUpperCase() });
    assert.equal(byLogin.id, created.id, 'login lookup is case-insensitive');
    await assert.rejects(
      org.client.userApi.createUser({ body: { profile: profileFor(login) } }),
      (error: { status: number; errorCode: string }) => error.status === 400 && error.errorCode === 'E0000001',
      'a second user with the same login is rejected',
    );
  });

  test('enrolls an SMS factor that the store sees as a phone enrollment, and removes it', async () => {
    const user = await org.client.userApi.createUser({ body: { profile: profileFor(`${unique()}@example.com`), credentials: { password: { value: 'Corr3ctHorse' } } } });
    const factor = await org.client.userFactorApi.enrollFactor({
      userId: user.id!,
      activate: true,
      body: { factorType: 'sms', provider: 'OKTA', profile: { phoneNumber: '+15550100105' } } as never,
    });
    assert.equal(factor.status, 'ACTIVE', 'activate=true enrolls an active factor');
    assert.equal(factor.factorType, 'sms');
    assert.equal(store.enrollments.byKey(user.id!, 'phone_number')?.profile.phoneNumber, '+15550100105', 'IDX sees the phone enrollment');

    const factors = [];
    for await (const f of await org.client.userFactorApi.listFactors({ userId: user.id! })) factors.push(f);
    assert.deepEqual(factors.map((f) => f!.id), [factor.id], 'the factor is listed');

    await org.client.userFactorApi.unenrollFactor({ userId: user.id!, factorId: factor.id! });
    assert.equal(store.enrollments.byKey(user.id!, 'phone_number'), undefined, 'unenrolling removes the phone enrollment');
  });

  test('deletes a user in two steps: deactivate, then remove (then 404 E0000007)', async () => {
    const user = await org.client.userApi.createUser({ body: { profile: profileFor(`${unique()}@example.com`), credentials: { password: { value: 'Corr3ctHorse' } } } });
    await org.client.userApi.deleteUser({ userId: user.id! });
    assert.equal((await org.client.userApi.getUser({ userId: user.id! })).status, 'DEPROVISIONED', 'the first DELETE only deactivates');
    await org.client.userApi.deleteUser({ userId: user.id! });
    await assert.rejects(
      org.client.userApi.getUser({ userId: user.id! }),
      (error: { status: number; errorCode: string }) => error.status === 404 && error.errorCode === 'E0000007',
      'the second DELETE removes the user',
    );
  });

  test('reads authenticators and the phone methods', async () => {
    const authenticators = [];
    for await (const a of await org.client.authenticatorApi.listAuthenticators()) authenticators.push(a as unknown as { id: string; key: string; status: string; settings?: { allowedFor?: string } });
    assert.deepEqual(authenticators.map((a) => a.key).sort(), ['okta_email', 'okta_password', 'phone_number']);
    assert.equal(authenticators.find((a) => a.key === 'okta_email')?.settings?.allowedFor, 'any', 'email is allowed for sign-in and recovery');
    const phone = authenticators.find((a) => a.key === 'phone_number')!;
    const methods = [];
    for await (const m of await org.client.authenticatorApi.listAuthenticatorMethods({ authenticatorId: phone.id })) methods.push(m);
    assert.deepEqual(methods.map((m) => `${m!.type}:${m!.status}`), ['sms:ACTIVE', 'voice:INACTIVE']);
  });

  test('reads policies and rules; the access-policy constraints deserialize', async () => {
    const enroll = [];
    for await (const p of await org.client.policyApi.listPolicies({ type: 'MFA_ENROLL' })) enroll.push(p as unknown as { name: string; settings: { authenticators: { key: string; enroll: { self: string } }[] } });
    assert.deepEqual(enroll.map((p) => p.name), ['Password-optional enrollment', 'Default Policy'], 'enrollment policies in priority order');
    const defaultPolicy = enroll.find((p) => p.name === 'Default Policy')!;
    const requirements = Object.fromEntries(defaultPolicy.settings.authenticators.map((a) => [a.key, a.enroll.self]));
    assert.deepEqual(requirements, { okta_password: 'REQUIRED', okta_email: 'NOT_ALLOWED', phone_number: 'OPTIONAL' });

    const app = (await org.client.applicationApi.getApplication({ appId: SDK_CLIENT_ID })) as unknown as {
      settings: { oauthClient: { grant_types: string[]; redirect_uris: string[] } };
      _links: { accessPolicy: { href: string } };
    };
    assert.ok(app.settings.oauthClient.grant_types.includes('interaction_code'), 'the SDK app allows the interaction code grant');
    assert.deepEqual(app.settings.oauthClient.redirect_uris, ['http://127.0.0.1:1/login/callback']);
    const policyId = app._links.accessPolicy.href.split('/').pop()!;
    assert.match(policyId, /^rst[A-Za-z0-9]+$/);

    const rules = [];
    for await (const r of await org.client.policyApi.listPolicyRules({ policyId })) rules.push(r as unknown as { actions: { appSignOn: { verificationMethod: { factorMode: string; constraints: { knowledge?: { types?: string[] } }[] } } } });
    const method = rules[0]!.actions.appSignOn.verificationMethod;
    assert.equal(method.factorMode, '2FA');
    assert.deepEqual(method.constraints[0]?.knowledge?.types, ['password'], 'Password + Another factor');

    const passwordRules = [];
    const [passwordPolicy] = await collect(await org.client.policyApi.listPolicies({ type: 'PASSWORD' }));
    for await (const r of await org.client.policyApi.listPolicyRules({ policyId: passwordPolicy!.id! })) passwordRules.push(r as unknown as { actions: { selfServicePasswordReset: { requirement: { primary: { methods: string[] } } } } });
    assert.deepEqual(passwordRules[0]!.actions.selfServicePasswordReset.requirement.primary.methods, ['email'], 'recovery by email only');
  });

  test('reads the default authorization server rule that allows interaction_code', async () => {
    const [policy] = await collect(await org.client.authorizationServerApi.listAuthorizationServerPolicies({ authServerId: 'default' }));
    const [rule] = await collect(await org.client.authorizationServerApi.listAuthorizationServerPolicyRules({ authServerId: 'default', policyId: policy!.id! }));
    assert.ok(rule!.conditions?.grantTypes?.include?.includes('interaction_code'), 'the default server allows interaction_code');
  });

  test('finds System Log events for one user with a target filter', async () => {
    const user = await org.client.userApi.createUser({ body: { profile: profileFor(`${unique()}@example.com`), credentials: { password: { value: 'Corr3ctHorse' } } } });
    const since = new Date(Date.now() - 60_000).toISOString();
    const events = await collect(await org.client.systemLogApi.listLogEvents({ since, filter: `target.id eq "${user.id}"` }));
    assert.deepEqual(events.map((e) => e!.eventType), ['user.lifecycle.create', 'user.lifecycle.activate']);
  });
});

describe('429 handling with the real okta-sdk-nodejs', () => {
  test('retries after X-Rate-Limit-Reset when the users bucket is exhausted', async () => {
    const config = structuredClone(baseConfig());
    config.throttles.api = { windowSeconds: 1, defaultPerWindow: 100, perWindow: { users: 2 } };
    // A real-time clock shifted so a rate-limit window starts now: the three calls cannot straddle two windows.
    const offset = Date.now() % 1000;
    const org = await startOrg(parseOrgConfig(config), { now: () => Date.now() - offset });
    try {
      const started = Date.now();
      const logins = [];
      for (let i = 0; i < 3; i++) {
        const user = await org.client.userApi.createUser({ body: { profile: profileFor(`${unique()}@example.com`) }, activate: false });
        logins.push(user.profile!.login);
      }
      assert.equal(logins.length, 3, 'all three creations succeed in the end');
      const retries = org.requests.filter((r) => r.retry);
      assert.ok(retries.length >= 1, `the SDK retried after a 429 (saw ${retries.length} retries)`);
      assert.ok(Date.now() - started < 10_000, 'the retry waited for the short window, not a minute');
    } finally {
      await org.server.close();
    }
  });
});

async function collect<T>(collection: AsyncIterable<T | null>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of collection) if (item) items.push(item);
  return items;
}
