/**
 * Flow 3 (email-only, identifier-first sign-in of the widget app) driven by the REAL
 * @okta/okta-auth-js 8 in step mode: OTP, poll and resend, the magic link finished in a "second
 * tab" (a client sharing the first one's storage), and the original tab's terminal answer.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { IdxTransaction, OktaAuth } from '@okta/okta-auth-js';
import { memoryStorage } from '../../helpers/contract/auth-client.ts';
import { WIDGET_APP, WIDGET_CLIENT, authClient, createUser, startTestOrg, type TestOrg } from './org-idx-support.ts';

let org: TestOrg;
before(async () => {
  org = await startTestOrg();
});
after(() => org.close());

const messageKeys = (t: IdxTransaction) => (t.messages ?? []).map((m) => m.i18n?.key);

/** The authenticator key a step is about (auth-js 8 puts the related object on generic steps). */
function relatedKey(t: IdxTransaction): string | undefined {
  const step = t.nextStep as { relatesTo?: { value?: { key?: string } }; authenticator?: { key?: string } } | undefined;
  return step?.relatesTo?.value?.key ?? step?.authenticator?.key;
}

async function startEmailSignIn(auth: OktaAuth, login: string) {
  const start = await auth.idx.start();
  const identifyInputs = (start.availableSteps ?? []).find((s) => s.name === 'identify')?.inputs?.map((i) => i.name);
  assert.deepEqual(identifyInputs?.includes('password'), false, 'identifier-first: no password on the first page');
  const data = await auth.idx.proceed({ step: 'identify', username: login });
  assert.equal(data.nextStep?.name, 'authenticator-verification-data', 'the "Send me an email" page follows the username');
  assert.equal(relatedKey(data), 'okta_email', 'it is about the email authenticator');
  const challenge = await auth.idx.proceed({ step: 'authenticator-verification-data', methodType: 'email' });
  assert.equal(challenge.nextStep?.name, 'challenge-authenticator', 'sending the email leads to the code page');
  return challenge;
}

async function rawIdx(path: string, body: unknown) {
  const response = await fetch(`${org.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/ion+json; okta-version=1.0.0' },
    body: JSON.stringify(body),
  });
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

describe('flow 3: email-only sign-in', () => {
  test('by email OTP, with the poll answering the same bytes while waiting', async () => {
    const user = createUser(org, { emailFactor: true });
    const auth = authClient(org, WIDGET_CLIENT, WIDGET_APP);
    await startEmailSignIn(auth, user.login);
    const email = org.outbox.latest({ to: user.login, template: 'EmailChallenge' });
    assert.ok(email, 'an Email Challenge was sent');
    assert.match(email.html ?? '', /<a id="email-authentication-button" href="[^"]+\/email\/verify\/[^"?]+\?token=[^"]+">Sign In<\/a>/, 'Okta magic-link button');
    assert.ok(email.html?.includes(`Can't use the link? Enter a code instead: <b>${email.otp}</b>`), 'Okta code line');

    const polled = await auth.idx.proceed({ actions: ['currentAuthenticatorEnrollment-poll'] });
    assert.equal(polled.nextStep?.name, 'challenge-authenticator', 'polling before the link is used keeps the code page');
    const stateHandle = polled.context?.stateHandle;
    const first = await rawIdx('/idp/idx/challenge/poll', { stateHandle });
    const second = await rawIdx('/idp/idx/challenge/poll', { stateHandle });
    assert.equal(first.status, 200, 'polling while waiting succeeds');
    assert.equal(first.type, 'application/ion+json; okta-version=1.0.0', 'IDX content type');
    assert.equal(second.text, first.text, 'poll answers are byte-identical while nothing changes');

    const done = await auth.idx.proceed({ step: 'challenge-authenticator', verificationCode: email.otp });
    assert.equal(done.status, 'SUCCESS', 'the email code signs in');
    const verified = await auth.token.verify(done.tokens!.idToken!);
    assert.deepEqual(verified.claims.amr, ['email'], 'amr says email');
    assert.equal(verified.claims.aud, WIDGET_CLIENT, 'the ID token is for the widget app');
  });

  test('a code used after the email authenticator\'s lifetime is refused, like a wrong one', async () => {
    const lifetimeMinutes = org.store.authenticators.get('okta_email')!.settings.tokenLifetimeInMinutes!;
    const user = createUser(org, { emailFactor: true });
    const auth = authClient(org, WIDGET_CLIENT, WIDGET_APP);
    await startEmailSignIn(auth, user.login);
    const email = org.outbox.latest({ to: user.login, template: 'EmailChallenge' })!;
    assert.ok(email.text?.includes(`expires in ${lifetimeMinutes} minute`), 'the email states the lifetime');
    org.manualClock.advance(lifetimeMinutes * 60_000 + 1_000);
    const late = await auth.idx.proceed({ step: 'challenge-authenticator', verificationCode: email.otp });
    assert.equal(late.nextStep?.name, 'challenge-authenticator', 'the code page stays');
    assert.deepEqual(messageKeys(late), ['api.authn.error.PASSCODE_INVALID'], 'the expired code is invalid');
  });

  test('resend inside 5 s is throttled (E0000118), afterwards a new code is sent', async () => {
    const user = createUser(org, { emailFactor: true });
    const auth = authClient(org, WIDGET_CLIENT, WIDGET_APP);
    await startEmailSignIn(auth, user.login);
    const early = await auth.idx.proceed({ actions: ['currentAuthenticatorEnrollment-resend'] });
    assert.deepEqual(messageKeys(early), ['errors.E0000118'], 'email throttle message');
    org.manualClock.advance(6_000);
    const later = await auth.idx.proceed({ actions: ['currentAuthenticatorEnrollment-resend'] });
    assert.equal(later.messages, undefined, 'after 5 s the resend works');
    const emails = org.outbox.list({ to: user.login });
    assert.equal(emails.length, 2, 'exactly two emails were sent');
    const done = await auth.idx.proceed({ step: 'challenge-authenticator', verificationCode: emails[1]!.otp });
    assert.equal(done.status, 'SUCCESS', 'the newest code signs in');
  });

  test('magic link finished in a second tab; the original tab is told the flow moved on', async () => {
    const user = createUser(org, { emailFactor: true });
    const sharedStorage = memoryStorage();
    const section = { storageProvider: sharedStorage };
    const storageManager = { token: section, cache: section, transaction: section, 'shared-transaction': section, 'original-uri': section };
    const tab1 = authClient(org, WIDGET_CLIENT, WIDGET_APP, { storageManager });
    const challenge = await startEmailSignIn(tab1, user.login);
    const stateHandle = challenge.context?.stateHandle;
    const email = org.outbox.latest({ to: user.login })!;

    const redirect = await fetch(email.link!, { redirect: 'manual' });
    const location = new URL(redirect.headers.get('location')!);
    assert.equal(`${location.origin}${location.pathname}`, `${WIDGET_APP}/login/callback`, 'the link lands on the widget app callback');
    const tab2 = authClient(org, WIDGET_CLIENT, WIDGET_APP, { storageManager });
    const { otp, state } = tab2.idx.parseEmailVerifyCallback(location.search);
    // A new tab has no cached IDX response: auth-js introspects by interaction handle and must get the latest state.
    const done = await tab2.idx.proceed({ state, step: 'challenge-authenticator', otp });
    assert.equal(done.status, 'SUCCESS', 'the second tab completes the sign-in');

    const poll = await rawIdx('/idp/idx/challenge/poll', { stateHandle });
    assert.equal(poll.status, 200, 'the original tab keeps polling');
    const body = JSON.parse(poll.text);
    assert.equal(body.remediation, undefined, 'the poll answer is terminal');
    assert.equal(body.messages.value[0].i18n.key, 'idx.transferred.to.new.tab', '"Flow continued in a new tab."');
  });

  test('an unknown user gets the same pages, no email, and no code works', async () => {
    const auth = authClient(org, WIDGET_CLIENT, WIDGET_APP);
    const login = `nobody-${Date.now()}@example.test`;
    const challenge = await startEmailSignIn(auth, login);
    assert.equal(org.outbox.list({ to: login }).length, 0, 'nothing was sent');
    const profile = (challenge.nextStep?.relatesTo as { value?: { profile?: { email?: string } } } | undefined)?.value?.profile;
    assert.match(profile?.email ?? '', /^n\*\*\*.@example\.test$/, 'the masked address is shown as for a real user');
    const wrong = await auth.idx.proceed({ step: 'challenge-authenticator', verificationCode: '123456' });
    assert.deepEqual(messageKeys(wrong), ['api.authn.error.PASSCODE_INVALID'], 'invalid code, as for a real user');
  });
});
