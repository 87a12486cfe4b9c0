import assert from 'node:assert/strict';
import { it } from 'node:test';
import * as errors from '../../helpers/errors.ts';
import { causeOf, classifyAttempt, classifyTest, FAULT_BY_ERROR_NAME } from '../../helpers/verdicts/classify.ts';

const serialized = (error: Error) => ({ message: `${error.name}: ${error.message}`, stack: `${error.name}: ${error.message}\n    at x` });

it('every ConformanceError class of helpers/errors.ts is mapped to its fault', () => {
  const classes = Object.values(errors).filter((v): v is typeof errors.ConformanceError => typeof v === 'function' && (v === errors.ConformanceError || v.prototype instanceof errors.ConformanceError));
  for (const cls of classes) {
    const instance = (cls as unknown) === errors.ConfigError ? new errors.ConfigError(['x']) : new (cls as unknown as new (s: string) => errors.ConformanceError)('x');
    assert.equal(FAULT_BY_ERROR_NAME[cls.name], cls === errors.ConformanceError ? 'suite' : instance.fault, `${cls.name} is in FAULT_BY_ERROR_NAME with its fault`);
  }
});

it('reads the cause from the serialized error: typed errors, assertions, timeouts, unreachable pages', () => {
  assert.equal(causeOf(serialized(new errors.TargetError('x'))), 'target');
  assert.equal(causeOf(serialized(new errors.MessageNotReceivedError('x'))), 'delivery');
  assert.equal(causeOf(serialized(new errors.RateLimitError('x'))), 'provider');
  assert.equal(causeOf({ message: 'Error: the wrong-code error is shown\n\nexpect(locator).toBeVisible() failed' }), 'assertion');
  assert.equal(causeOf({ message: 'Error: expect(received).toBe(expected) // Object.is equality' }), 'assertion');
  // As Playwright writes it, in colour, after a custom message.
  const coloured = 'Error: the widget refuses the expired code\n\n\u001b[2mexpect(\u001b[22m\u001b[31mlocator\u001b[39m\u001b[2m).\u001b[22mtoBeVisible\u001b[2m()\u001b[22m failed';
  assert.equal(causeOf({ message: coloured }), 'assertion');
  assert.equal(causeOf({ message: 'Test timeout of 120000ms exceeded.' }), 'timeout');
  assert.equal(causeOf({ message: 'Error: page.goto: net::ERR_CONNECTION_REFUSED at http://127.0.0.1:1/' }), 'config');
  assert.equal(causeOf({ message: 'TypeError: cannot read properties of undefined' }), 'unknown');
});

it("a browser that did not start is this machine's failure, retried; a page that crashed later is not excused", () => {
  const launch = { message: 'Error: browserType.launch: Target page, context or browser has been closed\nBrowser logs:\n<launching> /usr/bin/chromium' };
  assert.equal(causeOf(launch), 'browser');
  assert.equal(causeOf({ message: 'Error: browserType.launch: Timeout 180000ms exceeded.' }), 'browser');
  assert.equal(causeOf({ message: 'Error: browser.newContext: Target page, context or browser has been closed' }), 'browser');
  assert.equal(causeOf({ message: 'Error: page.goto: Target crashed' }), 'unknown');
  assert.equal(causeOf({ message: 'Error: locator.click: Target page, context or browser has been closed' }), 'unknown');
  const attempt = classifyAttempt({ status: 'failed', errors: [launch] });
  assert.deepEqual([attempt.verdict, attempt.cause], ['INCONCLUSIVE', 'browser']);
  assert.equal(classifyTest([attempt, classifyAttempt({ status: 'passed', errors: [] })]).verdict, 'FLAKY');
});

it('an attempt FAILs on any target cause, even next to an infrastructure one', () => {
  const attempt = classifyAttempt({ status: 'failed', errors: [serialized(new errors.ProviderError('p')), { message: 'Error: expect(x).toBe(y)' }] });
  assert.equal(attempt.verdict, 'FAIL');
  assert.equal(attempt.cause, 'assertion');
  assert.equal(classifyAttempt({ status: 'failed', errors: [serialized(new errors.MessageNotReceivedError('m'))] }).verdict, 'INCONCLUSIVE');
  assert.equal(classifyAttempt({ status: 'timedOut', errors: [] }).verdict, 'FAIL', 'a test timeout is never excused');
  assert.equal(classifyAttempt({ status: 'interrupted', errors: [] }).verdict, 'INCONCLUSIVE');
  assert.equal(classifyAttempt({ status: 'failed', errors: [] }, 'failed').verdict, 'PASS', 'an expected failure (test.fail) passes');
});

it('a test is FLAKY when it passed after an infrastructure failure, FAIL when any attempt failed for the target', () => {
  const pass = classifyAttempt({ status: 'passed', errors: [] });
  const noise = classifyAttempt({ status: 'failed', errors: [serialized(new errors.ProviderError('503'))] });
  const defect = classifyAttempt({ status: 'failed', errors: [serialized(new errors.TargetError('t'))] });
  assert.equal(classifyTest([pass]).verdict, 'PASS');
  assert.deepEqual([classifyTest([noise, pass]).verdict, classifyTest([noise, pass]).attempt], ['FLAKY', 0]);
  assert.equal(classifyTest([noise, noise]).verdict, 'INCONCLUSIVE');
  assert.equal(classifyTest([defect, pass]).verdict, 'FAIL', 'a pass after a FAIL does not wash it out');
  assert.equal(classifyTest([noise, defect]).verdict, 'FAIL');
  assert.equal(classifyTest([classifyAttempt({ status: 'skipped', errors: [] })]).verdict, 'SKIPPED');
});
