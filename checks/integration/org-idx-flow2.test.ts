/**
 * Flow 2 (self-service password recovery with the email authenticator) driven by the REAL
 * @okta/okta-auth-js 8 in step mode: by email OTP and by the magic link, with the password policy
 * enforced on reset.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { IdxTransaction, OktaAuth } from '@okta/okta-auth-js';
import { SDK_APP, SDK_CLIENT, authClient, createUser, strongPassword, startTestOrg, type TestOrg } from './org-idx-support.ts';

let org: TestOrg;
before(async () => {
  org = await startTestOrg();
});
after(() => org.close());

const messageKeys = (t: IdxTransaction) => (t.messages ?? []).map((m) => m.i18n?.key);

/** "Forgot password?" up to the email challenge; returns the recovery email from the outbox. */
async function startRecovery(auth: OktaAuth, login: string, on: TestOrg = org) {
  const recover = await auth.idx.recoverPassword();
  assert.equal(recover.nextStep?.name, 'identify-recovery', 'recovery starts by asking for the username');
  const select = await auth.idx.proceed({ step: 'identify-recovery', username: login });
  assert.equal(select.nextStep?.name, 'select-authenticator-authenticate', 'the recovery authenticators are listed');
  const labels = (select.nextStep?.inputs?.[0]?.options ?? []).map((o) => o.label);
  assert.deepEqual(labels, ['Email'], 'recovery is by email only');
  const challenge = await auth.idx.proceed({ step: 'select-authenticator-authenticate', authenticator: 'okta_email' });
  assert.equal(challenge.nextStep?.name, 'challenge-authenticator', 'choosing email sends the code');
  return on.outbox.latest({ to: login, template: 'ForgotPassword' });
}

describe('flow 2: password recovery by email', () => {
  test('OTP, then a new password that must meet the policy, then signed in', async () => {
    const user = createUser(org, { emailFactor: true });
    const auth = authClient(org, SDK_CLIENT, SDK_APP);
    const email = await startRecovery(auth, user.login);
    assert.ok(email, 'a password-reset email was sent');
    assert.match(email.html ?? '', new RegExp(`Can't use the link\\? Enter a code instead: <b>${email.otp}</b>`), 'the email shows the code in Okta wording');
    assert.match(email.link ?? '', /\/email\/verify\/[^?]+\?token=/, 'the email carries the Okta-hosted magic link');

    const reset = await auth.idx.proceed({ step: 'challenge-authenticator', verificationCode: email.otp });
    assert.equal(reset.nextStep?.name, 'reset-authenticator', 'a verified code leads to the new-password page');
    const weak = await auth.idx.proceed({ step: 'reset-authenticator', password: 'short' });
    assert.deepEqual(messageKeys(weak), ['password.passwordRequirementsNotMet'], 'the password policy is enforced');
    assert.match(weak.messages?.[0]?.message ?? '', /At least 8 characters/i, 'the message lists the unmet requirements');

    const newPassword = strongPassword();
    const done = await auth.idx.proceed({ step: 'reset-authenticator', password: newPassword });
    assert.equal(done.status, 'SUCCESS', 'the reset signs the user in');
    const verified = await auth.token.verify(done.tokens!.idToken!);
    assert.equal(verified.claims.sub, user.id, 'the ID token is for the recovering user');
    assert.equal(org.store.users.verifyPassword(user.id, newPassword), true, 'the new password is stored');
    const sent = org.store.log.query({ filter: (e) => e.eventType === 'system.email.password_reset.sent_message' && e.target.some((t) => t.id === user.id) });
    assert.equal(sent.length, 1, 'the reset email is in the System Log');
  });

  test('a recovery code lives as long as the password policy\'s recovery token, not the email authenticator\'s lifetime', async () => {
    // Its own org: moving this clock by minutes must not age the other tests' tokens.
    const own = await startTestOrg();
    try {
      const user = createUser(own, { emailFactor: true });
      const auth = authClient(own, SDK_CLIENT, SDK_APP);
      const email = (await startRecovery(auth, user.login, own))!;
      assert.ok(email.text?.includes('expires in 60 minutes'), 'the email states the recovery token lifetime');
      // Well past the Email authenticator's lifetime, well inside the transaction's 30 minutes.
      own.manualClock.advance(10 * 60_000);
      const reset = await auth.idx.proceed({ step: 'challenge-authenticator', verificationCode: email.otp });
      assert.equal(reset.nextStep?.name, 'reset-authenticator', 'after 10 min the code still works');
    } finally {
      await own.close();
    }
  });

  test('a wrong email code is rejected with PASSCODE_INVALID', async () => {
    const user = createUser(org, { emailFactor: true });
    const auth = authClient(org, SDK_CLIENT, SDK_APP);
    const email = await startRecovery(auth, user.login);
    const wrong = await auth.idx.proceed({ step: 'challenge-authenticator', verificationCode: email!.otp === '000000' ? '111111' : '000000' });
    assert.equal(wrong.nextStep?.name, 'challenge-authenticator', 'the code page stays');
    assert.deepEqual(messageKeys(wrong), ['api.authn.error.PASSCODE_INVALID'], 'invalid code message');
  });

  test('the magic link redirects to the app callback with otp and state, which resume the transaction', async () => {
    const user = createUser(org, { emailFactor: true });
    const auth = authClient(org, SDK_CLIENT, SDK_APP);
    const email = await startRecovery(auth, user.login);
    const response = await fetch(email!.link!, { redirect: 'manual' });
    assert.equal(response.status, 302, 'the Okta-hosted link redirects');
    const location = new URL(response.headers.get('location')!);
    assert.equal(`${location.origin}${location.pathname}`, `${SDK_APP}/login/callback`, 'to the app email-verification callback');
    assert.equal(auth.idx.isEmailVerifyCallback(location.search), true, 'auth-js recognises the callback');
    const { otp, state } = auth.idx.parseEmailVerifyCallback(location.search);
    assert.equal(state, auth.idx.getSavedTransactionMeta()?.state, 'the state is the interact state of this transaction');
    assert.equal(otp, email!.otp, 'the link carries the same code as the email');

    const reset = await auth.idx.proceed({ step: 'challenge-authenticator', otp });
    assert.equal(reset.nextStep?.name, 'reset-authenticator', 'the link code verifies the email');
    const done = await auth.idx.proceed({ step: 'reset-authenticator', password: strongPassword() });
    assert.equal(done.status, 'SUCCESS', 'recovery by magic link signs in');
  });

  test('an unknown user sees the same steps and no email is sent', async () => {
    const auth = authClient(org, SDK_CLIENT, SDK_APP);
    const login = `nobody-${Date.now()}@example.test`;
    await auth.idx.recoverPassword();
    const select = await auth.idx.proceed({ step: 'identify-recovery', username: login });
    assert.equal(select.nextStep?.name, 'select-authenticator-authenticate', 'same next step as for a real user');
    const challenge = await auth.idx.proceed({ step: 'select-authenticator-authenticate', authenticator: 'okta_email' });
    assert.equal(challenge.nextStep?.name, 'challenge-authenticator', 'same code page as for a real user');
    assert.equal(org.outbox.list({ to: login }).length, 0, 'nothing was sent to a non-existent account');
  });
});
