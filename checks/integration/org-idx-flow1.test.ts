/**
 * Flow 1 (password + phone) driven by the REAL @okta/okta-auth-js 8 in step mode against the
 * emulated org: phone enrollment, the already-enrolled variant, and their negative paths.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { IdxTransaction } from '@okta/okta-auth-js';
import { SDK_APP, SDK_CLIENT, authClient, createUser, phoneNumber, startTestOrg, type TestOrg } from './org-idx-support.ts';

let org: TestOrg;
before(async () => {
  org = await startTestOrg();
});
after(() => org.close());

const messageKeys = (t: IdxTransaction) => (t.messages ?? []).map((m) => m.i18n?.key);

async function signInWithPassword(user: { login: string; password: string }) {
  const auth = authClient(org, SDK_CLIENT, SDK_APP);
  await auth.idx.start();
  const afterIdentify = await auth.idx.proceed({ step: 'identify', username: user.login, password: user.password });
  return { auth, afterIdentify };
}

describe('flow 1: password + phone enrollment', () => {
  test('enrolls a new phone by SMS and signs in with verified tokens', async () => {
    const user = createUser(org);
    const { auth, afterIdentify } = await signInWithPassword(user);
    assert.equal(afterIdentify.nextStep?.name, 'select-authenticator-enroll', 'after the password, the user must enroll a second factor');
    const options = (afterIdentify.nextStep?.inputs?.[0]?.options ?? []).map((o) => o.label);
    assert.deepEqual(options, ['Phone'], 'phone is the only enrollable authenticator (email is disabled for enrollment)');

    const data = await auth.idx.proceed({ step: 'select-authenticator-enroll', authenticator: 'phone_number' });
    assert.equal(data.nextStep?.name, 'authenticator-enrollment-data', 'choosing the phone asks for the number');
    const phone = phoneNumber();
    const enroll = await auth.idx.proceed({ step: 'authenticator-enrollment-data', methodType: 'sms', phoneNumber: phone });
    assert.equal(enroll.nextStep?.name, 'enroll-authenticator', 'the code page follows the phone number');
    assert.equal(enroll.nextStep?.canResend, true, 'the SMS can be resent');

    const sms = org.outbox.latest({ to: phone, kind: 'sms' });
    assert.ok(sms, 'an SMS was sent to the new phone');
    assert.equal(sms.text, `Your verification code is ${sms.otp}.`, 'the SMS uses Okta default wording');
    const done = await auth.idx.proceed({ step: 'enroll-authenticator', verificationCode: sms.otp });
    assert.equal(done.status, 'SUCCESS', 'a correct code completes the sign-in');
    assert.ok(done.tokens?.idToken && done.tokens.accessToken, 'auth-js exchanged the interaction code for tokens');

    const verified = await auth.token.verify(done.tokens.idToken);
    assert.equal(verified.claims.sub, user.id, 'the ID token is for the user who signed in');
    assert.deepEqual(verified.claims.amr, ['pwd', 'sms', 'mfa'], 'amr names password and SMS');
    const info = await auth.token.getUserInfo(done.tokens.accessToken, done.tokens.idToken);
    assert.equal(info.preferred_username, user.login, 'userinfo answers for the same user');

    assert.ok(org.store.enrollments.byKey(user.id, 'phone_number'), 'the phone is now enrolled');
    assert.ok(org.store.users.get(user.id)?.lastLogin, 'lastLogin was recorded');
    const events = org.store.log.query({ filter: (e) => e.eventType === 'system.sms.send_phone_verification_message' && e.target.some((t) => t.id === user.id) });
    assert.equal(events.length, 1, 'the SMS is in the System Log');
  });

  test('rejects a phone number that is not in + (E.164) format', async () => {
    const { auth } = await signInWithPassword(createUser(org));
    await auth.idx.proceed({ step: 'select-authenticator-enroll', authenticator: 'phone_number' });
    const result = await auth.idx.proceed({ step: 'authenticator-enrollment-data', methodType: 'sms', phoneNumber: '5551234567' });
    assert.equal(result.nextStep?.name, 'authenticator-enrollment-data', 'the phone number page is shown again');
    assert.deepEqual(messageKeys(result), ['api.factors.error.sms.invalid_phone'], 'Okta invalid phone message');
    assert.equal(result.messages?.[0]?.message, 'Invalid Phone Number.');
  });

  test('rejects a wrong SMS code with a field message and accepts the right one afterwards', async () => {
    const { auth } = await signInWithPassword(createUser(org));
    await auth.idx.proceed({ step: 'select-authenticator-enroll', authenticator: 'phone_number' });
    const phone = phoneNumber();
    await auth.idx.proceed({ step: 'authenticator-enrollment-data', methodType: 'sms', phoneNumber: phone });
    const otp = org.outbox.latest({ to: phone })!.otp;
    const wrong = await auth.idx.proceed({ step: 'enroll-authenticator', verificationCode: otp === '000000' ? '111111' : '000000' });
    assert.equal(wrong.status, 'PENDING', 'a wrong code keeps the user on the code page');
    assert.deepEqual(messageKeys(wrong), ['api.authn.error.PASSCODE_INVALID'], 'invalid code message');
    const field = wrong.nextStep?.inputs?.find((i) => i.name === 'verificationCode') as { messages?: unknown } | undefined;
    assert.ok(field?.messages, 'the message is attached to the code field');
    const right = await auth.idx.proceed({ step: 'enroll-authenticator', verificationCode: otp });
    assert.equal(right.status, 'SUCCESS', 'the correct code still works');
  });

  test('throttles a resend inside 30 s per number and allows it afterwards', async () => {
    const { auth } = await signInWithPassword(createUser(org));
    await auth.idx.proceed({ step: 'select-authenticator-enroll', authenticator: 'phone_number' });
    const phone = phoneNumber();
    await auth.idx.proceed({ step: 'authenticator-enrollment-data', methodType: 'sms', phoneNumber: phone });
    const early = await auth.idx.proceed({ actions: ['currentAuthenticator-resend'] });
    assert.deepEqual(messageKeys(early), ['errors.E0000109'], 'a resend within 30 s is refused with E0000109');
    assert.equal(org.outbox.list({ to: phone }).length, 1, 'no second SMS was sent');
    org.manualClock.advance(31_000);
    const later = await auth.idx.proceed({ actions: ['currentAuthenticator-resend'] });
    assert.equal(later.messages, undefined, 'after 30 s the resend succeeds');
    const codes = org.outbox.list({ to: phone });
    assert.equal(codes.length, 2, 'a second SMS was sent');
    const done = await auth.idx.proceed({ step: 'enroll-authenticator', verificationCode: codes[1]!.otp });
    assert.equal(done.status, 'SUCCESS', 'the resent code signs in');
  });
});

describe('flow 1: phone already enrolled', () => {
  test('challenges the enrolled phone and signs in', async () => {
    const phone = phoneNumber();
    const user = createUser(org, { phone });
    const { auth, afterIdentify } = await signInWithPassword(user);
    assert.equal(afterIdentify.nextStep?.name, 'select-authenticator-authenticate', 'the enrolled phone is offered for verification');
    const data = await auth.idx.proceed({ step: 'select-authenticator-authenticate', authenticator: 'phone_number' });
    assert.equal(data.nextStep?.name, 'authenticator-verification-data', 'choosing the phone asks how to receive the code');
    const challenge = await auth.idx.proceed({ step: 'authenticator-verification-data', methodType: 'sms' });
    assert.equal(challenge.nextStep?.name, 'challenge-authenticator', 'the code page follows');
    const sms = org.outbox.latest({ to: phone });
    assert.ok(sms, 'an SMS was sent to the enrolled phone');
    const done = await auth.idx.proceed({ step: 'challenge-authenticator', verificationCode: sms.otp });
    assert.equal(done.status, 'SUCCESS', 'the code completes the sign-in');
    const verified = await auth.token.verify(done.tokens!.idToken!);
    assert.equal(verified.claims.email, user.login, 'the ID token carries the user email');
  });
});

describe('flow 1: identify errors', () => {
  test('a wrong password and an unknown user get the same answer', async () => {
    const user = createUser(org);
    const wrong = await signInWithPassword({ login: user.login, password: `${user.password}x` });
    const unknown = await signInWithPassword({ login: `nobody-${user.login}`, password: user.password });
    for (const [what, t] of [['wrong password', wrong.afterIdentify], ['unknown user', unknown.afterIdentify]] as const) {
      assert.equal(t.status, 'PENDING', `${what}: the identify page stays`);
      assert.deepEqual(messageKeys(t), ['errors.E0000004'], `${what}: Authentication failed`);
      assert.equal(t.nextStep?.name, 'identify', `${what}: identify is offered again`);
    }
    assert.equal(org.store.users.get(user.id)?.lastLogin, null, 'no login was recorded');
  });

  test('an expired state handle ends the transaction with idx.session.expired', async () => {
    // Its own org: moving this clock by half an hour must not age the other tests' tokens.
    const own = await startTestOrg();
    try {
      const auth = authClient(own, SDK_CLIENT, SDK_APP);
      await auth.idx.start();
      own.manualClock.advance(31 * 60_000);
      const result = await auth.idx.proceed({ step: 'identify', username: 'someone@example.test', password: 'Whatever1' });
      assert.equal(result.status, 'TERMINAL', 'the SDK reports a terminal state');
      assert.deepEqual(messageKeys(result), ['idx.session.expired'], 'session expired message');
    } finally {
      await own.close();
    }
  });
});
