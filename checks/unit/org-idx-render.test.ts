/**
 * Protocol invariants of every IDX body the org renders (idx-protocol.md §4, §12): version 1.0.0,
 * executable remediations with an immutable state handle, unique names, `relatesTo` paths that
 * auth-js's tiny JSONPath resolver can follow, authenticators with `key` and `methods`, and
 * byte-identical output for identical state.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SANDBOX_IDS } from '../../helpers/config/sandbox-target.ts';
import { ManualClock } from '../../sandbox/lib/service.ts';
import { loadOrgConfig } from '../../sandbox/org/config/index.ts';
import { renderState } from '../../sandbox/org/idx/render.ts';
import { storeDirectory } from '../../sandbox/org/idx/store-directory.ts';
import type { Step, Transaction } from '../../sandbox/org/idx/transaction.ts';
import { TransactionStore } from '../../sandbox/org/idx/transactions.ts';
import { createOrgStore } from '../../sandbox/org/store/index.ts';

const ORIGIN = 'http://127.0.0.1:9';
const clock = new ManualClock();
const store = createOrgStore(loadOrgConfig({
  SDK_APP_URL: 'http://127.0.0.1:8', WIDGET_APP_URL: 'http://127.0.0.1:7', SDK_CLIENT_ID: SANDBOX_IDS.sdkClientId, WIDGET_CLIENT_ID: SANDBOX_IDS.widgetClientId,
}), clock);
const dir = storeDirectory(store);
const transactions = new TransactionStore(clock);
const plain = store.users.create({ profile: { login: 'plain@example.test', email: 'plain@example.test', firstName: 'P', lastName: 'L' }, password: 'Aa1-aaaaaaaa' });
const phoned = store.users.create({ profile: { login: 'phoned@example.test', email: 'phoned@example.test', firstName: 'P', lastName: 'H' }, password: 'Aa1-aaaaaaaa' });
const phone = store.enrollments.addPhone(phoned.id, { phoneNumber: '+15550100123' });
store.enrollments.addEmail(plain.id);

type Json = Record<string, unknown>;

/** auth-js's resolver: `$.a.b[0]` paths only. */
function resolve(root: Json, path: string): unknown {
  assert.match(path, /^\$(\.[A-Za-z]+(\[\d+\])?)+$/, `relatesTo ${path} uses only $.a.b[0] syntax`);
  let node: unknown = root;
  for (const part of path.slice(2).split('.')) {
    const [, name, index] = /^([A-Za-z]+)(?:\[(\d+)\])?$/.exec(part)!;
    node = (node as Json | undefined)?.[name!];
    if (index !== undefined) node = (node as unknown[] | undefined)?.[Number(index)];
  }
  return node;
}

function txAt(step: Step, setup: Partial<Transaction>, clientId: string = SANDBOX_IDS.sdkClientId): Transaction {
  const tx = transactions.create({ clientId, authServerId: 'default', redirectUri: 'x', scopes: ['openid'], state: 's', codeChallenge: 'c' });
  Object.assign(tx, { step, ...setup });
  return tx;
}

const challenge = (key: string, method: string, destination: string, enrollmentId?: string) =>
  ({ key, method, destination, enrollmentId, otp: '123456', expiresAt: clock.now() + 60_000 });

const CASES: Array<[string, () => Transaction]> = [
  ['identify (password on the page)', () => txAt('identify', {})],
  ['identify (identifier first)', () => txAt('identify', {}, SANDBOX_IDS.widgetClientId)],
  ['identify-recovery', () => txAt('identify-recovery', { recovery: true })],
  ['select-authenticator-enroll', () => txAt('select-authenticator-enroll', { userId: plain.id, verified: ['okta_password'] })],
  ['authenticator-enrollment-data', () => txAt('authenticator-enrollment-data', { userId: plain.id, verified: ['okta_password'], selected: { key: 'phone_number' } })],
  ['enroll-authenticator', () => txAt('enroll-authenticator', { userId: plain.id, verified: ['okta_password'], selected: { key: 'phone_number' }, challenge: challenge('phone_number', 'sms', '+15550100999') })],
  ['select-authenticator-authenticate', () => txAt('select-authenticator-authenticate', { userId: phoned.id, verified: ['okta_password'] })],
  ['authenticator-verification-data', () => txAt('authenticator-verification-data', { userId: phoned.id, verified: ['okta_password'], selected: { key: 'phone_number', enrollmentId: phone.id } })],
  ['challenge-authenticator (email, recovery)', () => {
    const email = store.enrollments.byKey(plain.id, 'okta_email')!;
    return txAt('challenge-authenticator', { userId: plain.id, recovery: true, selected: { key: 'okta_email', enrollmentId: email.id }, challenge: challenge('okta_email', 'email', 'plain@example.test', email.id) });
  }],
  ['reset-authenticator', () => txAt('reset-authenticator', { userId: plain.id, recovery: true, verified: ['okta_email'] })],
  ['success', () => {
    const tx = txAt('success', { userId: plain.id, verified: ['okta_password', 'okta_email'] });
    transactions.issueCode(tx);
    return tx;
  }],
];

function checkActionShape(what: string, form: Json, stateHandle: string) {
  assert.deepEqual(form.rel, ['create-form'], `${what} has rel`);
  assert.equal(typeof form.name, 'string', `${what} has a name`);
  assert.match(String(form.href), /^http:\/\/127\.0\.0\.1:9\//, `${what} href is absolute on the org`);
  const sh = (form.value as Json[]).find((f) => f.name === 'stateHandle');
  assert.deepEqual(sh && { value: sh.value, mutable: sh.mutable }, { value: stateHandle, mutable: false }, `${what} sends the state handle`);
}

function checkAuthenticatorObjects(body: Json) {
  for (const name of ['currentAuthenticator', 'currentAuthenticatorEnrollment', 'recoveryAuthenticator']) {
    const value = (body[name] as Json | undefined)?.value as Json | undefined;
    if (!value) continue;
    assert.ok(value.key, `${name} has a key`);
    assert.ok(Array.isArray(value.methods) && value.methods.length > 0, `${name} has methods`);
    for (const [actionName, action] of Object.entries(value)) {
      if (action && typeof action === 'object' && 'rel' in action) checkActionShape(`${name}.${actionName}`, action as Json, body.stateHandle as string);
    }
  }
}

describe('every rendered IDX state follows the protocol', () => {
  for (const [name, make] of CASES) {
    test(name, () => {
      const tx = make();
      const body = renderState({ origin: ORIGIN, dir, tx }) as Json;
      assert.equal(body.version, '1.0.0', 'version');
      assert.equal(body.stateHandle, tx.stateHandle, 'stateHandle');
      assert.equal(JSON.stringify(renderState({ origin: ORIGIN, dir, tx })), JSON.stringify(body), 'same state, same bytes');
      const remediations = ((body.remediation as Json | undefined)?.value ?? []) as Json[];
      if (name === 'success') {
        assert.equal(remediations.length, 0, 'success has no remediation');
        const values = (body.successWithInteractionCode as Json).value as Json[];
        assert.ok(values.find((v) => v.name === 'interaction_code')?.value, 'success carries the interaction code');
      } else {
        assert.ok(remediations.length > 0, 'there is something to do');
      }
      const names = remediations.map((r) => r.name);
      assert.equal(new Set(names).size, names.length, 'remediation names are unique');
      for (const form of remediations) {
        checkActionShape(`remediation ${String(form.name)}`, form, tx.stateHandle);
        for (const path of (form.relatesTo as string[] | undefined) ?? []) {
          assert.ok(resolve(body, path), `${String(form.name)}: relatesTo ${path} resolves`);
        }
        for (const field of form.value as Json[]) {
          for (const option of (field.options as Json[] | undefined) ?? []) {
            if (typeof option.relatesTo !== 'string') continue;
            const target = resolve(body, option.relatesTo) as Json | undefined;
            assert.ok(target?.key, `${String(form.name)}: option ${String(option.label)} relates to an authenticator with a key`);
          }
        }
      }
      checkActionShape('cancel', body.cancel as Json, tx.stateHandle);
      checkAuthenticatorObjects(body);
    });
  }
});
