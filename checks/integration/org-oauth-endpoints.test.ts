/**
 * The org's OAuth/OIDC endpoints over plain HTTP: discovery, keys, interact validation, the
 * one-time interaction-code exchange with PKCE, userinfo, revocation, logout, and the CORS and
 * content-type rules the browser clients depend on.
 */
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { SDK_APP, SDK_CLIENT, WIDGET_APP, signInUntilSmsSent, startTestOrg, type TestOrg } from './org-idx-support.ts';

let org: TestOrg;
let issuer: string;
before(async () => {
  org = await startTestOrg();
  issuer = `${org.url}/oauth2/default`;
});
after(() => org.close());

const form = (values: Record<string, string>) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
  body: new URLSearchParams(values).toString(),
});

function pkce() {
  const verifier = randomBytes(32).toString('hex');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

function interact(overrides: Record<string, string> = {}) {
  const { challenge } = pkce();
  return fetch(`${issuer}/v1/interact`, form({
    client_id: SDK_CLIENT, scope: 'openid profile email', redirect_uri: `${SDK_APP}/login/callback`,
    code_challenge: challenge, code_challenge_method: 'S256', state: 'abc', nonce: 'n', ...overrides,
  }));
}

/** Runs flow 1 (enrolled phone) with auth-js up to the interaction code, without exchanging it. */
async function interactionCode() {
  const { auth, user, phone } = await signInUntilSmsSent(org);
  const otp = org.outbox.latest({ to: phone })!.otp;
  const done = await auth.idx.proceed({ step: 'challenge-authenticator', verificationCode: otp, exchangeCodeForTokens: false });
  assert.ok(done.interactionCode, 'the SDK received an interaction code');
  const meta = auth.transactionManager.load() as { codeVerifier: string; nonce: string };
  return { user, code: done.interactionCode, verifier: meta.codeVerifier, nonce: meta.nonce };
}

function exchange(code: string, verifier: string) {
  return fetch(`${issuer}/v1/token`, form({
    client_id: SDK_CLIENT, redirect_uri: `${SDK_APP}/login/callback`, grant_type: 'interaction_code', code_verifier: verifier, interaction_code: code,
  }));
}

describe('discovery and keys', () => {
  test('both authorization servers publish consistent metadata with S256 and interaction_code', async () => {
    for (const [url, expectedIssuer] of [[`${issuer}/.well-known/openid-configuration`, issuer], [`${org.url}/.well-known/openid-configuration`, org.url]]) {
      const metadata = await (await fetch(url!)).json();
      assert.equal(metadata.issuer, expectedIssuer, `issuer of ${url} has no trailing slash and matches the path`);
      assert.ok(metadata.code_challenge_methods_supported.includes('S256'), 'PKCE S256 is supported');
      assert.ok(metadata.grant_types_supported.includes('interaction_code'), 'interaction_code is a supported grant');
      const keys = await (await fetch(metadata.jwks_uri)).json();
      assert.equal(keys.keys[0].alg, 'RS256', 'the key is RS256');
      assert.ok(keys.keys[0].kid, 'the key has a kid');
    }
  });
});

describe('interact', () => {
  test('an unregistered redirect URI is refused with invalid_request', async () => {
    const response = await interact({ redirect_uri: 'http://127.0.0.1:1/elsewhere' });
    assert.equal(response.status, 400);
    assert.equal((await response.json()).error, 'invalid_request', 'Okta error code');
  });

  test('a missing PKCE challenge is refused', async () => {
    const response = await interact({ code_challenge: '' });
    assert.equal(response.status, 400);
    assert.match((await response.json()).error_description, /PKCE/, 'the description names PKCE');
  });

  test("another app's redirect URI is refused for this client", async () => {
    const response = await interact({ redirect_uri: `${WIDGET_APP}/login/callback` });
    assert.equal(response.status, 400, 'redirect URIs are per client');
  });
});

describe('token exchange', () => {
  test('an interaction code is exchanged once, without state, for tokens signed with the published key', async () => {
    const { user, code, verifier, nonce } = await interactionCode();
    const first = await exchange(code, verifier);
    assert.equal(first.status, 200, 'the first exchange succeeds');
    const tokens = await first.json();
    assert.equal('state' in tokens, false, 'the token response never carries state');
    assert.equal(tokens.token_type, 'Bearer');
    const jwks = createLocalJWKSet(await (await fetch(`${issuer}/v1/keys`)).json());
    const id = await jwtVerify(tokens.id_token, jwks, { issuer, audience: SDK_CLIENT });
    assert.equal(id.payload.sub, user.id, 'ID token subject is the user id');
    assert.ok(nonce, 'auth-js sent a nonce at interact');
    assert.equal(id.payload.nonce, nonce, 'the ID token carries the interact nonce');
    const access = await jwtVerify(tokens.access_token, jwks, { issuer, audience: 'api://default' });
    assert.equal(access.payload.sub, user.login, 'access token subject is the login');
    assert.deepEqual(access.payload.scp, ['openid', 'profile', 'email'], 'scopes are the interact scopes');

    const second = await exchange(code, verifier);
    assert.equal(second.status, 400, 'a second exchange is refused');
    assert.equal((await second.json()).error, 'invalid_grant', 'a used code is an invalid grant');
  });

  test('a wrong PKCE verifier is refused', async () => {
    const { code } = await interactionCode();
    const response = await exchange(code, 'f'.repeat(64));
    assert.equal(response.status, 400);
    assert.deepEqual(await response.json(), { error: 'invalid_grant', error_description: 'PKCE verification failed.' });
  });

  test('an interaction code expires after a minute', async () => {
    const { code, verifier } = await interactionCode();
    org.manualClock.advance(61_000);
    const response = await exchange(code, verifier);
    assert.equal(response.status, 400, 'an expired code is refused');
  });
});

describe('userinfo, revoke, logout', () => {
  test('userinfo answers a valid token and refuses it once revoked', async () => {
    const { code, verifier, user } = await interactionCode();
    const tokens = await (await exchange(code, verifier)).json();
    const bearer = { headers: { Authorization: `Bearer ${tokens.access_token}` } };
    const info = await (await fetch(`${issuer}/v1/userinfo`, bearer)).json();
    assert.equal(info.sub, user.id, 'userinfo sub equals the ID token sub');
    const revoke = await fetch(`${issuer}/v1/revoke`, {
      ...form({ token: tokens.access_token, token_type_hint: 'access_token' }),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Basic ${Buffer.from(SDK_CLIENT).toString('base64')}` },
    });
    assert.equal(revoke.status, 200, 'revocation succeeds');
    const after = await fetch(`${issuer}/v1/userinfo`, bearer);
    assert.equal(after.status, 401, 'a revoked token is refused');
    assert.match(after.headers.get('www-authenticate') ?? '', /invalid_token/, 'Bearer challenge names invalid_token');
  });

  test('logout redirects only to a registered post-logout URI, with state', async () => {
    const { code, verifier } = await interactionCode();
    const tokens = await (await exchange(code, verifier)).json();
    const ok = await fetch(`${issuer}/v1/logout?id_token_hint=${tokens.id_token}&post_logout_redirect_uri=${encodeURIComponent(`${SDK_APP}/`)}&state=s1`, { redirect: 'manual' });
    assert.equal(ok.status, 302);
    assert.equal(ok.headers.get('location'), `${SDK_APP}/?state=s1`);
    const bad = await fetch(`${issuer}/v1/logout?id_token_hint=${tokens.id_token}&post_logout_redirect_uri=${encodeURIComponent('http://127.0.0.1:1/')}`, { redirect: 'manual' });
    assert.equal(bad.status, 400, 'an unregistered URI is refused');
  });
});

describe('transport rules for browsers', () => {
  test('preflight and credentialed responses echo the exact origin', async () => {
    const origin = WIDGET_APP;
    const preflight = await fetch(`${org.url}/idp/idx/introspect`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,x-okta-user-agent-extended' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), origin, 'exact origin, never *');
    assert.equal(preflight.headers.get('access-control-allow-credentials'), 'true');
    const keysPreflight = await fetch(`${issuer}/v1/keys`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' } });
    assert.equal(keysPreflight.status, 204, 'GET endpoints answer preflights too');

    const response = await fetch(`${org.url}/idp/idx/introspect`, {
      method: 'POST',
      headers: { Origin: origin, 'Content-Type': 'application/ion+json; okta-version=1.0.0' },
      body: JSON.stringify({ interactionHandle: 'no-such-handle' }),
    });
    assert.equal(response.status, 401, 'an unknown handle is a 401');
    assert.equal(response.headers.get('content-type'), 'application/ion+json; okta-version=1.0.0', 'IDX bodies are ion+json');
    assert.equal(response.headers.get('access-control-allow-origin'), origin, 'actual responses echo the origin too');
    const body = await response.json();
    assert.equal(body.version, '1.0.0', 'error bodies keep the IDX version');
    assert.equal(body.messages.value[0].i18n.key, 'idx.session.expired');
    assert.equal('error' in body, false, 'no OAuth-style error member in IDX bodies');
  });
});
