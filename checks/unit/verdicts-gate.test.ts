import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ConfigError } from '../../helpers/errors.ts';
import { findExpectedFailure, isExpired, parseExpectedFailures } from '../../helpers/verdicts/expected-failures.ts';
import { decideGate } from '../../helpers/verdicts/gate.ts';
import type { TestRecord } from '../../helpers/verdicts/report-model.ts';
import { totalsOf } from '../../helpers/verdicts/report-model.ts';

const record = (verdict: TestRecord['verdict'], extra: Partial<TestRecord> = {}): TestRecord => ({
  id: `a.spec.ts › ${verdict}`, title: verdict, project: 'chromium', guide: 'g', verdict, durationMs: 1, attempts: 1, steps: [], messages: [], ...extra,
});
const entry = { test: 'a.spec.ts › FAIL', reason: 'APP-1', link: 'https://tracker.example/APP-1', expires: '2999-01-01' };

it('by default only a FAIL stops the gate; --strict also stops it on INCONCLUSIVE and FLAKY', () => {
  const noisy = [record('PASS'), record('INCONCLUSIVE'), record('FLAKY')];
  assert.equal(decideGate(noisy, false).status, 'passed');
  assert.equal(decideGate(noisy, true).status, 'failed');
  assert.equal(decideGate([record('PASS'), record('FAIL')], false).status, 'failed');
  assert.equal(decideGate([record('PASS'), record('SKIPPED')], true).status, 'passed');
});

it('a run that did not complete, or ran no test, never passes', () => {
  const webServer = 'Error: Process from config.webServer was not able to start. Exit code: 2';
  const broken = decideGate([record('SKIPPED'), record('SKIPPED')], false, [webServer]);
  assert.equal(broken.status, 'failed');
  assert.match(broken.gate, /^ERROR: the run did not complete \(1 error\(s\) outside any test; first: Error: Process from config\.webServer/);
  assert.equal(decideGate([record('PASS')], false, ['the run was interrupted before every test ended']).status, 'failed', 'passed tests do not outweigh an interrupted run');
  const failAndError = decideGate([record('FAIL')], false, [webServer]);
  assert.match(failAndError.gate, /^FAIL: 1 test\(s\).*The run also did not complete: Error: Process/, 'a FAIL leads, the run error follows');
  assert.deepEqual(decideGate([record('SKIPPED')], false), { status: 'failed', gate: 'NOTHING RAN: all 1 test(s) were skipped, so nothing was checked.' });
  assert.equal(decideGate([], false).status, 'failed');
});

it('an unexpired expected failure excuses its FAIL; an expired one does not; one that passes is reported', () => {
  const excused = record('FAIL', { expectedFailure: { ...entry, expired: false } });
  assert.equal(decideGate([excused], false).status, 'passed');
  assert.equal(totalsOf([excused]).EXPECTED_FAIL, 1);
  assert.equal(decideGate([record('FAIL', { expectedFailure: { ...entry, expired: true } })], false).status, 'failed');
  const nowPassing = record('PASS', { expectedFailure: { ...entry, expired: false } });
  assert.match(decideGate([nowPassing], false).gate, /1 expected failure\(s\) now passing/);
  assert.equal(decideGate([nowPassing], true).status, 'failed');
});

it('the expected-failures file needs test, reason, link and an expiry date, and says which entry is wrong', () => {
  const entries = parseExpectedFailures(JSON.stringify({ expectedFailures: [entry, { ...entry, test: 'b', project: 'variant' }] }), 'x.json');
  assert.equal(findExpectedFailure(entries, 'a.spec.ts › FAIL', 'anything')?.reason, 'APP-1');
  assert.equal(findExpectedFailure(entries, 'b', 'chromium'), undefined, 'an entry for one project does not cover another');
  assert.equal(isExpired({ ...entry, expires: '2020-01-01' }, new Date()), true);
  assert.equal(isExpired({ ...entry, expires: '2026-11-29' }, new Date('2026-11-29T23:00:00Z')), false, 'good through its expiry day');
  assert.throws(() => parseExpectedFailures(JSON.stringify({ expectedFailures: [{ test: 'a', reason: 'r', link: 'not a url', expires: 'soon' }] }), 'x.json'), (error: unknown) => {
    assert.ok(error instanceof ConfigError);
    assert.match(error.message, /expectedFailures\.0\.link/);
    assert.match(error.message, /expectedFailures\.0\.expires/);
    return true;
  });
  assert.throws(() => parseExpectedFailures('{', 'x.json'), /not valid JSON/);
});
