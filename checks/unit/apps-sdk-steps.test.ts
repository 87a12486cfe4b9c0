/** Unit checks of the SDK app's pure parts: step → page mapping, phone format, policy text, sessions. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type http from 'node:http';
import type { IdxTransaction } from '@okta/okta-auth-js';
import { deriveStepView, passwordRequirements, stepPath, UnsupportedStepError } from '../../sandbox/apps/sdk-app/step-view.ts';
import { normalizePhoneNumber } from '../../sandbox/apps/sdk-app/routes/phone-enrollment.ts';
import { SessionStore } from '../../sandbox/apps/sdk-app/session.ts';

function transaction(names: string[], context: Record<string, unknown> = {}, actions: Record<string, unknown> = {}): IdxTransaction {
  const neededToProceed = names.map((name) => ({
    name,
    value: [
      {
        name: 'authenticator',
        options: [
          { label: 'Phone', relatesTo: { key: 'phone_number', displayName: 'Phone' } },
          { label: 'Email', relatesTo: { key: 'okta_email', displayName: 'Email' } },
        ],
      },
    ],
  }));
  return { status: 'PENDING', neededToProceed, context, actions } as unknown as IdxTransaction;
}

test('the main remediation wins over the "choose another" list the org sends along', () => {
  const view = deriveStepView(
    transaction(['select-authenticator-enroll', 'enroll-authenticator'], {
      currentAuthenticator: { value: { key: 'phone_number', profile: { phoneNumber: '+1 XXX-XXX-0100' } } },
    }, { 'currentAuthenticator-resend': () => undefined }),
  );
  assert.deepEqual(view, {
    kind: 'code',
    step: 'enroll-authenticator',
    key: 'phone_number',
    sentTo: '+1 XXX-XXX-0100',
    resendAction: 'currentAuthenticator-resend',
  });
  assert.equal(stepPath(view), '/enroll-authenticator/phone_number');
});

test('authenticator lists keep the org\'s labels and keys; challenges and phone data have their routes', () => {
  const list = deriveStepView(transaction(['select-authenticator-authenticate']));
  assert.deepEqual(list, {
    kind: 'select-authenticator',
    step: 'select-authenticator-authenticate',
    options: [{ label: 'Phone', key: 'phone_number' }, { label: 'Email', key: 'okta_email' }],
  });
  const challenge = deriveStepView(transaction(['challenge-authenticator'], { currentAuthenticatorEnrollment: { value: { key: 'okta_email', profile: { email: 'a***@x.test' } } } }));
  assert.equal(stepPath(challenge), '/challenge-authenticator/okta_email');
  const phone = deriveStepView(transaction(['authenticator-enrollment-data'], { currentAuthenticator: { value: { key: 'phone_number' } } }));
  assert.equal(stepPath(phone), '/enroll-authenticator/phone_number/enrollment-data');
});

test('a step the app does not implement fails with a message naming it', () => {
  assert.throws(() => deriveStepView(transaction(['enroll-profile'])), (error: Error) => {
    assert.ok(error instanceof UnsupportedStepError);
    assert.match(error.message, /enroll-profile/);
    return true;
  });
});

test('phone numbers: + format required, separators people type are removed', () => {
  assert.equal(normalizePhoneNumber('+1 (555) 555-0100'), '+15555550100');
  assert.equal(normalizePhoneNumber('5555550100'), undefined);
  assert.equal(normalizePhoneNumber('+1555abc'), undefined);
  assert.equal(normalizePhoneNumber(''), undefined);
});

test('password requirements are spelled out from the policy complexity', () => {
  const complexity = { minLength: 8, minLowerCase: 1, minUpperCase: 1, minNumber: 1, minSymbol: 0, excludeUsername: true };
  assert.deepEqual(passwordRequirements({ complexity, age: { historyCount: 4 } }), [
    'At least 8 characters',
    'A lowercase letter',
    'An uppercase letter',
    'A number',
    'No parts of your username',
    'Not one of your last 4 passwords',
  ]);
  assert.deepEqual(passwordRequirements({ complexity: { minLength: 12 } }), ['At least 12 characters']);
  assert.deepEqual(passwordRequirements(undefined), []);
});

test('sessions are found by their own cookie only, and each has its own auth storage', () => {
  const store = new SessionStore('sid_1');
  const cookies: string[] = [];
  const res = { setHeader: (_: string, value: string) => cookies.push(value) } as unknown as http.ServerResponse;
  const request = (cookie?: string) => ({ headers: { cookie } }) as http.IncomingMessage;
  const a = store.findOrCreate(request(), res);
  const b = store.findOrCreate(request(), res);
  assert.notEqual(a.id, b.id);
  a.authStorage.set('okta-transaction-storage', '{"state":"a"}');
  assert.equal(b.authStorage.size, 0, 'a new session starts with empty storage');
  assert.equal(store.find(request(cookies[0].split(';')[0])), a);
  assert.equal(store.find(request(`sid_2=${a.id}`)), undefined, 'another app\'s cookie name does not match');
  store.destroy(a, res);
  assert.equal(store.find(request(`sid_1=${a.id}`)), undefined);
  assert.match(cookies.at(-1) ?? '', /Max-Age=0/);
});
