/** The SCIM-like expression parser behind users `search`/`filter` and the System Log `filter`. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileFilter, parseExpression } from '../../sandbox/org/store/search.ts';
import { OrgApiError } from '../../sandbox/org/store/errors.ts';

const alice = { id: '00ua', status: 'ACTIVE', lastUpdated: '2026-01-05T10:00:00.000Z', profile: { login: 'e2e-alice@example.com', firstName: 'Alice' } };
const bob = { id: '00ub', status: 'DEPROVISIONED', lastUpdated: '2026-01-06T10:00:00.000Z', profile: { login: 'bob@example.com', firstName: 'Bob' } };
const match = (expression: string) => [alice, bob].filter(compileFilter(expression)).map((u) => u.id);

test('sw and eq compare values case-insensitively; attribute names are case-sensitive', () => {
  assert.deepEqual(match('profile.login sw "E2E-"'), ['00ua']);
  assert.deepEqual(match('profile.login eq "BOB@example.com"'), ['00ub']);
  assert.deepEqual(match('profile.Login eq "bob@example.com"'), [], 'a misspelt attribute matches nothing');
  assert.deepEqual(match('profile.firstName co "li"'), ['00ua']);
});

test('and binds tighter than or, parentheses override, keywords ignore case', () => {
  assert.deepEqual(match('status eq "ACTIVE" OR status eq "DEPROVISIONED" and profile.firstName eq "Alice"'), ['00ua']);
  assert.deepEqual(match('(status eq "ACTIVE" or status eq "DEPROVISIONED") and profile.firstName eq "Bob"'), ['00ub']);
});

test('range operators compare ISO timestamps; pr tests presence', () => {
  assert.deepEqual(match('lastUpdated gt "2026-01-05T12:00:00.000Z"'), ['00ub']);
  assert.deepEqual(match('lastUpdated le "2026-01-05T10:00:00.000Z"'), ['00ua']);
  assert.deepEqual(match('profile.mobilePhone pr'), []);
});

test('quoted values may contain escaped quotes and spaces', () => {
  const expression = parseExpression('profile.nickName eq "the \\"best\\" one"');
  assert.deepEqual(expression, { kind: 'compare', attribute: 'profile.nickName', operator: 'eq', value: 'the "best" one' });
});

test('an attribute resolving to an array matches when any element does', () => {
  const event = { target: [{ id: '00ua' }, { id: '+15550100101' }] };
  assert.equal(compileFilter('target.id eq "+15550100101"')(event), true);
  assert.equal(compileFilter('target.id eq "00uz"')(event), false);
});

test('malformed expressions and disallowed operators fail with E0000031 and say why', () => {
  const cases: [string, RegExp][] = [
    ['profile.login xx "a"', /unknown operator "xx"/],
    ['profile.login eq a', /must be quoted/],
    ['profile.login eq "a" extra', /unexpected "extra"/],
    ['(status eq "ACTIVE"', /closing parenthesis/],
    ['', /empty/],
  ];
  for (const [text, why] of cases) {
    assert.throws(() => parseExpression(text), (error: OrgApiError) => error.errorCode === 'E0000031' && why.test(error.errorCauses[0]!), text);
  }
  assert.throws(() => parseExpression('profile.login sw "a"', ['eq']), (error: OrgApiError) => /not supported here/.test(error.errorCauses[0]!));
});
