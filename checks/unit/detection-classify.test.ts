/**
 * The detection classification stays honest: a defect counts as caught only when a spec the
 * catalog names fails with an assertion or a TargetError that states the broken step's
 * expectation; timeouts, other errors, other steps and unnamed specs never count.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFECTS } from '../../sandbox/defects/catalog.ts';
import { Defects } from '../../sandbox/defects/switches.ts';
import { classify, failureKind, statementOf, type JsonReport, type JsonResult } from '../../sandbox/detection/classify.ts';
import { stoppedBeforeTheSpecs } from '../../sandbox/detection/detect.ts';
import { grepFor } from '../../sandbox/detection/suite-run.ts';

const defect = { id: 'org.sms-code-not-checked', specs: ['a wrong SMS code is refused'], evidence: /code is invalid/ };

function report(title: string, result: JsonResult): JsonReport {
  return { suites: [{ title: 'flow1-negative.spec.ts', specs: [{ title: `@flow1 ${title} and no session exists`, tests: [{ results: [result] }] }] }] };
}

const assertion = (headline: string): JsonResult => ({
  status: 'failed',
  errors: [{ message: `Error: ${headline}\n\n\u001b[2mexpect(\u001b[22mlocator\u001b[2m).\u001b[22mtoContainText\u001b[2m(\u001b[22mexpected\u001b[2m)\u001b[22m failed\n\nCall log:\n  - waiting\n\n> 12 | await expect(x, 'the code page says the code is invalid')` }],
});

describe('detection classification', () => {
  it('counts a named spec failing with the step’s assertion as caught', () => {
    const verdict = classify(defect, report('a wrong SMS code is refused', assertion('the code page says the code is invalid')));
    assert.equal(verdict.caught, true);
    assert.deepEqual(verdict.caughtBy, ['@flow1 a wrong SMS code is refused and no session exists']);
    assert.equal(verdict.outcomes[0].summary, 'the code page says the code is invalid');
  });

  it('counts a TargetError stating the step as caught', () => {
    const result: JsonResult = { status: 'failed', errors: [{ message: 'TargetError: the org says the code is invalid\n  expected: x\n  seen: y' }] };
    const verdict = classify(defect, report('a wrong SMS code is refused', result));
    assert.equal(verdict.outcomes[0].kind, 'target-error');
    assert.equal(verdict.caught, true);
  });

  it('does not count a test timeout, even when the text matches', () => {
    const result: JsonResult = { status: 'timedOut', errors: [{ message: 'Test timeout of 120000ms exceeded.' }, { message: 'Error: the code page says the code is invalid' }] };
    const verdict = classify(defect, report('a wrong SMS code is refused', result));
    assert.equal(verdict.caught, false);
    assert.equal(verdict.outcomes[0].kind, 'timeout');
    assert.match(verdict.reason ?? '', /timing out/);
  });

  it('does not count an assertion about another step', () => {
    const verdict = classify(defect, report('a wrong SMS code is refused', assertion('the phone factor is offered')));
    assert.equal(verdict.caught, false);
    assert.match(verdict.reason ?? '', /another step/);
  });

  it('does not count evidence that only appears in the source excerpt or call log', () => {
    const result = assertion('the code page is shown');
    const verdict = classify(defect, report('a wrong SMS code is refused', result));
    assert.equal(statementOf(result).includes('code is invalid'), false);
    assert.equal(verdict.caught, false);
  });

  it('does not count other errors (a message that never arrived)', () => {
    const result: JsonResult = { status: 'failed', errors: [{ message: 'MessageNotReceivedError: no SMS; the code is invalid' }] };
    assert.equal(failureKind(result), 'other');
    assert.equal(classify(defect, report('a wrong SMS code is refused', result)).caught, false);
  });

  it('does not count a failure of a spec the catalog does not name', () => {
    const verdict = classify(defect, report('a wrong password is refused', assertion('the code page says the code is invalid')));
    assert.equal(verdict.caught, false);
    assert.match(verdict.reason ?? '', /none of the named specs ran/);
  });

  it('reports a passing named spec as missed', () => {
    const verdict = classify(defect, report('a wrong SMS code is refused', { status: 'passed' }));
    assert.equal(verdict.caught, false);
    assert.equal(verdict.reason, 'every named spec passed');
  });

  it('reports a run that failed before the specs', () => {
    const verdict = classify(defect, { errors: [{ message: 'Error: preflight failed\nmore' }] });
    assert.match(verdict.reason ?? '', /before the specs: Error: preflight failed/);
  });
});

describe('defect catalog', () => {
  it('has at least 30 defects with unique ids, in both layers and all three apps', () => {
    const ids = DEFECTS.map((d) => d.id);
    assert.ok(ids.length >= 30, `${ids.length} defects`);
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    assert.deepEqual(new Set(DEFECTS.map((d) => d.layer)), new Set(['org', 'sdk-app', 'widget-app']));
    for (const d of DEFECTS) {
      assert.ok(d.id.startsWith(`${d.layer}.`), `${d.id} is named after its layer`);
      assert.ok(d.specs.length > 0 && d.description && d.step, `${d.id} names its step, a description and specs`);
    }
  });

  it('names a quick subset for npm test', () => {
    assert.ok(DEFECTS.filter((d) => 'quick' in d && d.quick).length >= 4);
  });

  it('refuses unknown defect ids, naming the known ones', () => {
    assert.throws(() => new Defects(['org.no-such-thing']), /Unknown defect "org.no-such-thing".*Known: org\./s);
    assert.deepEqual(new Defects(['sdk-app.tokens-not-kept', 'org.sms-throttle-off']).ofLayer('sdk-app'), ['sdk-app.tokens-not-kept']);
  });

  it('selects spec titles literally in the grep', () => {
    assert.equal(grepFor(['a phone number without the + format', 'x (y)']), 'a phone number without the \\+ format|x \\(y\\)');
  });
});

describe('detection runs that judged nothing', () => {
  it('does not count a check that could not be made (SuiteError: INCONCLUSIVE), even when it names the step', () => {
    const result: JsonResult = { status: 'failed', errors: [{ message: 'SuiteError: The SMS throttle could not be checked: the code is invalid?\n  expected: x' }] };
    const verdict = classify(defect, report('a wrong SMS code is refused', result));
    assert.equal(verdict.outcomes[0].kind, 'other');
    assert.equal(verdict.caught, false);
  });

  it('tells a run that stopped before any spec (earns one more run) from one whose specs ran', () => {
    const unready: JsonReport = { errors: [{ message: 'The live target is not ready (2 problems):\n  - OKTA_ORG_URL is unreachable' }] };
    assert.equal(stoppedBeforeTheSpecs({ report: unready }), 'The live target is not ready (2 problems):');
    assert.equal(stoppedBeforeTheSpecs({ report: {} }), 'no test ran and the run gave no reason');
    assert.equal(stoppedBeforeTheSpecs({ report: report('a wrong SMS code is refused', assertion('the code page says the code is invalid')) }), undefined);
  });
});
