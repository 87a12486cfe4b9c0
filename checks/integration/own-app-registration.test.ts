/**
 * "Test your own app offline", as the README walks it: an app that is not one of the reference
 * apps is registered at run time through the REAL @okta/okta-sdk-nodejs (applicationApi), its
 * users are assigned through a group, and flows 1 and 2 complete through the REAL
 * @okta/okta-auth-js in Node with the app's client secret. The org enforces what a real one does:
 * client authentication, the exact redirect URI, app assignment, and CORS only for trusted
 * origins (a SPA in headless Chromium is refused until trustedOriginApi adds its origin).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { OpenIdConnectApplication } from '@okta/okta-sdk-nodejs';
import type { Browser } from 'playwright-core';
import { nodeAuthClient } from '../../helpers/contract/auth-client.ts';
import { createOktaAdmin, type OktaAdmin } from '../../helpers/okta/admin-client.ts';
import { createUser as createUserThroughApi } from '../../helpers/okta/users.ts';
import { startHttpServer } from '../../sandbox/lib/http.ts';
import { launchChromium, withFreshContext } from './chromium.ts';
import { API_TOKEN, phoneNumber, startTestOrg, strongPassword, type TestOrg } from './org-idx-support.ts';

/** Where the app would run; nothing needs to listen there for flows driven from Node. */
const APP_URL = 'http://localhost:8080';

let org: TestOrg;
let admin: OktaAdmin;
let web: { clientId: string; clientSecret: string };
let groupId: string;

function webAppBody(label: string): OpenIdConnectApplication {
  return {
    name: 'oidc_client',
    label,
    signOnMode: 'OPENID_CONNECT',
    credentials: { oauthClient: { token_endpoint_auth_method: 'client_secret_basic' } },
    settings: {
      oauthClient: {
        application_type: 'web',
        grant_types: ['authorization_code', 'interaction_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: [`${APP_URL}/login/callback`],
        post_logout_redirect_uris: [`${APP_URL}/`],
      },
    },
  } as OpenIdConnectApplication;
}

/** A user made the way the suite makes them: Management API, in the group the app is assigned to. */
async function assignedUser(options: { groupIds?: string[]; emailFactor?: boolean } = {}) {
  const password = strongPassword();
  const login = `own-app-${Math.random().toString(36).slice(2, 10)}@example.test`;
  const user = await createUserThroughApi(admin, { login, firstName: 'Own', lastName: 'App', password, emailFactor: options.emailFactor, groupIds: options.groupIds ?? [groupId] });
  return { ...user, password };
}

const webClient = (extra: { clientSecret?: string; redirectUri?: string } = {}) =>
  nodeAuthClient({ issuer: `${org.url}/oauth2/default`, clientId: web.clientId, appUrl: APP_URL }, { clientSecret: web.clientSecret, ...extra });

before(async () => {
  org = await startTestOrg();
  admin = createOktaAdmin({ orgUrl: org.url, apiToken: API_TOKEN });
  const created = (await admin.client.applicationApi.createApplication({ application: webAppBody('My own web app'), activate: true })) as OpenIdConnectApplication;
  web = { clientId: created.id!, clientSecret: created.credentials!.oauthClient!.client_secret! };
  const group = await admin.client.groupApi.createGroup({ group: { profile: { name: 'My own app users' } } });
  groupId = group.id!;
  await admin.client.applicationApi.assignGroupToApplication({ appId: web.clientId, groupId, applicationGroupAssignment: {} });
});
after(() => org.close());

describe('an app registered through applicationApi', () => {
  test('reads back as registered: OIDC web app, client secret, redirect URIs, group assignment', async () => {
    const app = (await admin.client.applicationApi.getApplication({ appId: web.clientId })) as OpenIdConnectApplication;
    assert.equal(app.signOnMode, 'OPENID_CONNECT');
    assert.equal(app.status, 'ACTIVE', 'activate=true activates it');
    assert.equal(app.credentials?.oauthClient?.token_endpoint_auth_method, 'client_secret_basic');
    assert.ok((app.credentials?.oauthClient?.client_secret ?? '').length >= 14, 'Okta generates a client secret for a web app');
    assert.deepEqual(app.settings?.oauthClient?.redirect_uris, [`${APP_URL}/login/callback`]);
    assert.ok(app._links?.accessPolicy?.href, 'a new app gets an access policy');
    const groups: string[] = [];
    await (await admin.client.applicationApi.listApplicationGroupAssignments({ appId: web.clientId })).each((a) => void groups.push(a.id!));
    assert.deepEqual(groups, [groupId], 'the app is assigned to its group');
  });

  test('flow 1: an assigned user enrolls a phone by SMS and signs in through auth-js with the client secret', async () => {
    const user = await assignedUser();
    const auth = webClient();
    await auth.idx.start();
    const afterIdentify = await auth.idx.proceed({ step: 'identify', username: user.login, password: user.password });
    assert.equal(afterIdentify.nextStep?.name, 'select-authenticator-enroll', 'the password is followed by phone enrollment');
    await auth.idx.proceed({ step: 'select-authenticator-enroll', authenticator: 'phone_number' });
    const phone = phoneNumber();
    await auth.idx.proceed({ step: 'authenticator-enrollment-data', methodType: 'sms', phoneNumber: phone });
    const sms = org.outbox.latest({ to: phone, kind: 'sms' });
    assert.ok(sms, 'the org sent the enrollment SMS');
    const done = await auth.idx.proceed({ step: 'enroll-authenticator', verificationCode: sms.otp });
    assert.equal(done.status, 'SUCCESS', 'the correct code signs the user in');
    const verified = await auth.token.verify(done.tokens!.idToken!);
    assert.equal(verified.claims.aud, web.clientId, 'the ID token is issued to the registered app');
    assert.equal(verified.claims.sub, user.id, 'for the user who signed in');
  });

  test('flow 2: an assigned user recovers the password by email code and is signed in', async () => {
    const user = await assignedUser({ emailFactor: true });
    const auth = webClient();
    await auth.idx.recoverPassword();
    await auth.idx.proceed({ step: 'identify-recovery', username: user.login });
    await auth.idx.proceed({ step: 'select-authenticator-authenticate', authenticator: 'okta_email' });
    const email = org.outbox.latest({ to: user.login, template: 'ForgotPassword' });
    assert.ok(email, 'the org sent the recovery email');
    const reset = await auth.idx.proceed({ step: 'challenge-authenticator', verificationCode: email.otp });
    assert.equal(reset.nextStep?.name, 'reset-authenticator', 'the code leads to the new-password page');
    const newPassword = strongPassword();
    const done = await auth.idx.proceed({ step: 'reset-authenticator', password: newPassword });
    assert.equal(done.status, 'SUCCESS', 'the new password signs the user in');
    assert.equal((await auth.token.verify(done.tokens!.idToken!)).claims.aud, web.clientId);
    assert.equal(org.store.users.verifyPassword(user.id, newPassword), true, 'the new password is stored');
  });
});

describe('the org enforces the registration as Okta does', () => {
  test('a user outside the assigned group is refused at identify with Okta\'s message', async () => {
    const outsider = await assignedUser({ groupIds: [] });
    const auth = webClient();
    await auth.idx.start();
    const refused = await auth.idx.proceed({ step: 'identify', username: outsider.login, password: outsider.password });
    assert.deepEqual((refused.messages ?? []).map((m) => m.i18n?.key), ['idx.error.user.not.assigned.to.app']);
    assert.equal(refused.messages?.[0]?.message, 'User is not assigned to this application.');
    assert.equal(org.store.users.get(outsider.id)?.lastLogin, null, 'no sign-in was recorded');

    await admin.client.applicationApi.assignUserToApplication({ appId: web.clientId, appUser: { id: outsider.id, scope: 'USER' } });
    const again = webClient();
    await again.idx.start();
    const next = await again.idx.proceed({ step: 'identify', username: outsider.login, password: outsider.password });
    assert.equal(next.nextStep?.name, 'select-authenticator-enroll', 'a direct assignment lets the same user in');
  });

  test('a confidential client without its secret, with a wrong one, or with another redirect URI cannot start', async () => {
    const interact = (body: Record<string, string>, headers: Record<string, string> = {}) =>
      fetch(`${org.url}/oauth2/default/v1/interact`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams({ client_id: web.clientId, scope: 'openid', redirect_uri: `${APP_URL}/login/callback`, code_challenge: 'x'.repeat(43), code_challenge_method: 'S256', state: 's', ...body }),
      });
    const noSecret = await interact({});
    assert.equal(noSecret.status, 401);
    assert.equal(((await noSecret.json()) as { error: string }).error, 'invalid_client');
    const wrong = await interact({ client_secret: 'not-the-secret-at-all' });
    assert.equal(((await wrong.json()) as { error_description: string }).error_description, 'The client secret supplied for a confidential client is invalid.');
    const twice = await interact({ client_secret: web.clientSecret }, { Authorization: `Basic ${Buffer.from(`${web.clientId}:${web.clientSecret}`).toString('base64')}` });
    assert.equal(((await twice.json()) as { error: string }).error, 'invalid_request', 'credentials in both places are refused');
    const otherRedirect = await interact({ client_secret: web.clientSecret, redirect_uri: `${APP_URL}/login/callback/` });
    assert.equal(otherRedirect.status, 400, 'the redirect URI must match exactly (a trailing slash differs)');
    const viaBasic = await interact({}, { Authorization: `Basic ${Buffer.from(`${web.clientId}:${web.clientSecret}`).toString('base64')}` });
    assert.equal(viaBasic.status, 200, 'the secret in the Authorization header works');
  });

  test('a bad registration is refused with every problem listed at once (E0000001, errorCauses)', async () => {
    const body = webAppBody('');
    body.settings!.oauthClient!.redirect_uris = ['not a uri'];
    body.settings!.oauthClient!.grant_types = ['interaction_code', 'magic'] as never;
    await assert.rejects(admin.client.applicationApi.createApplication({ application: body }), (error: { status?: number; errorCode?: string; errorCauses?: { errorSummary: string }[] }) => {
      assert.equal(error.status, 400);
      assert.equal(error.errorCode, 'E0000001');
      const causes = (error.errorCauses ?? []).map((c) => c.errorSummary);
      assert.ok(causes.some((c) => c.startsWith('label:')), `label is named: ${causes.join(' | ')}`);
      assert.ok(causes.some((c) => c.includes('"not a uri"')), 'the bad redirect URI is named');
      assert.ok(causes.some((c) => c.includes('magic')), 'the unknown grant type is named');
      return true;
    });
  });

  test('an active app cannot be deleted; a deactivated one can, and then it is gone (E0000007)', async () => {
    const created = await admin.client.applicationApi.createApplication({ application: webAppBody('Short-lived app') });
    await assert.rejects(admin.client.applicationApi.deleteApplication({ appId: created.id! }), (e: { status?: number }) => e.status === 403);
    await admin.client.applicationApi.deactivateApplication({ appId: created.id! });
    await admin.client.applicationApi.deleteApplication({ appId: created.id! });
    await assert.rejects(admin.client.applicationApi.getApplication({ appId: created.id! }), (e: { status?: number; errorCode?: string }) => e.status === 404 && e.errorCode === 'E0000007');
  });

  test('a Management API call the sandbox does not emulate answers loudly with method, path and hint', async () => {
    const response = await fetch(`${org.url}/api/v1/apps/${web.clientId}/credentials/keys`, { headers: { Authorization: `SSWS ${API_TOKEN}` } });
    assert.equal(response.status, 404);
    const body = (await response.json()) as { errorSummary: string };
    assert.match(body.errorSummary, new RegExp(`GET /api/v1/apps/${web.clientId}/credentials/keys`));
    assert.match(body.errorSummary, /add it to the route table/);
    const wrongMethod = await fetch(`${org.url}/api/v1/trustedOrigins`, { method: 'PATCH', headers: { Authorization: `SSWS ${API_TOKEN}` } });
    assert.equal(wrongMethod.status, 405);
    assert.equal(((await wrongMethod.json()) as { errorCode: string }).errorCode, 'E0000022');
  });
});

describe('a single-page app in a browser', () => {
  let browser: Browser;
  let page: Awaited<ReturnType<typeof startHttpServer>>;
  let spaClientId: string;
  before(async () => {
    const require = createRequire(import.meta.url);
    const authJs = readFileSync(path.join(path.dirname(require.resolve('@okta/okta-auth-js/package.json')), 'dist', 'okta-auth-js.idx.min.js'), 'utf8');
    page = await startHttpServer({ name: 'spa', routes: [
      { method: 'GET', path: '/auth-js.js', handler: (ctx) => void ctx.res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(authJs) },
      { method: 'GET', path: '/', handler: (ctx) => void ctx.res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!DOCTYPE html><title>SPA</title><link rel="icon" href="data:,"><script src="/auth-js.js"></script>') },
    ] }, 0);
    const spa = await admin.client.applicationApi.createApplication({
      activate: true,
      application: {
        name: 'oidc_client',
        label: 'My own SPA',
        signOnMode: 'OPENID_CONNECT',
        credentials: { oauthClient: { token_endpoint_auth_method: 'none', pkce_required: true } },
        settings: { oauthClient: { application_type: 'browser', grant_types: ['authorization_code', 'interaction_code'], redirect_uris: [`${page.url}/login/callback`] } },
      } as OpenIdConnectApplication,
    });
    spaClientId = spa.id!;
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await page?.close();
  });

  /** Starts a sign-in with auth-js in the page: resolves to the first step, or the error seen. */
  const startInPage = () =>
    withFreshContext(browser, async (tab) => {
      await tab.goto(page.url);
      return tab.evaluate(async ({ issuer, clientId, redirectUri }) => {
        type Started = { status?: string; nextStep?: { name: string }; neededToProceed?: { name: string }[]; error?: unknown };
        const OktaAuth = (window as unknown as { OktaAuth: new (o: object) => { idx: { start(): Promise<Started> } } }).OktaAuth;
        try {
          const t = await new OktaAuth({ issuer, clientId, redirectUri, scopes: ['openid'] }).idx.start();
          return t.nextStep?.name ?? t.neededToProceed?.[0]?.name ?? `no step (${String(t.error ?? t.status)})`;
        } catch (error) {
          return `error: ${(error as Error).message}`;
        }
      }, { issuer: `${org.url}/oauth2/default`, clientId: spaClientId, redirectUri: `${page.url}/login/callback` });
    });

  test('is refused by CORS until its origin is a trusted origin, then starts the sign-in', async () => {
    const refused = await startInPage();
    assert.match(refused, /^error: Failed to fetch/, `the browser blocks an untrusted origin's call to the org (seen: ${refused})`);
    const preflight = await fetch(`${org.url}/oauth2/default/v1/interact`, { method: 'OPTIONS', headers: { Origin: page.url, 'Access-Control-Request-Method': 'POST' } });
    assert.equal(preflight.headers.get('access-control-allow-origin'), null, 'the preflight does not allow the origin');

    await admin.client.trustedOriginApi.createTrustedOrigin({ trustedOrigin: { name: 'My own SPA', origin: page.url, scopes: [{ type: 'CORS' }, { type: 'REDIRECT' }] } });
    assert.equal(await startInPage(), 'identify', 'once trusted, auth-js in the browser reaches the identify step');
  });
});
