/**
 * The exit-code policy of a deployment gate. By default only a FAIL (the target violated a guide,
 * and no unexpired expected-failure entry excuses it) stops the gate: infrastructure noise must not
 * block a merge. `--strict` also stops it on INCONCLUSIVE, FLAKY and on an expected failure that
 * now passes (its entry should go). A run that could not complete (the sandbox did not start, a
 * global setup failed, the run was interrupted) or that ran no test never passes: a gate that
 * checked nothing must not let a deployment through.
 */
import { isExcused, type TestRecord } from './report-model.ts';

export interface GateDecision {
  status: 'passed' | 'failed';
  gate: string;
}

function count(n: number, what: string): string {
  return `${n} ${what}`;
}

/**
 * `runErrors`: what went wrong outside any test (Playwright's global errors, an interrupted run),
 * one line each, already free of secrets.
 */
export function decideGate(records: readonly TestRecord[], strict: boolean, runErrors: readonly string[] = []): GateDecision {
  const fails = records.filter((r) => r.verdict === 'FAIL' && !isExcused(r));
  const inconclusive = records.filter((r) => r.verdict === 'INCONCLUSIVE');
  const flaky = records.filter((r) => r.verdict === 'FLAKY');
  const nowPassing = records.filter((r) => r.expectedFailure && (r.verdict === 'PASS' || r.verdict === 'FLAKY'));
  if (fails.length) return { status: 'failed', gate: `FAIL: ${count(fails.length, 'test(s)')} found the target violating a guide.${runErrors.length ? ` The run also did not complete: ${runErrors[0]}` : ''}` };
  if (runErrors.length) {
    return { status: 'failed', gate: `ERROR: the run did not complete (${count(runErrors.length, 'error(s)')} outside any test; first: ${runErrors[0]}). Tests it did not run have no verdict.` };
  }
  if (!records.some((r) => r.verdict !== 'SKIPPED')) {
    return { status: 'failed', gate: `NOTHING RAN: ${records.length ? `all ${count(records.length, 'test(s)')} were skipped` : 'no test was selected'}, so nothing was checked.` };
  }
  const noise = [
    inconclusive.length && count(inconclusive.length, 'INCONCLUSIVE'),
    flaky.length && count(flaky.length, 'FLAKY'),
    nowPassing.length && count(nowPassing.length, 'expected failure(s) now passing'),
  ].filter(Boolean);
  if (strict && noise.length) return { status: 'failed', gate: `FAIL (strict): ${noise.join(', ')}.` };
  if (noise.length) return { status: 'passed', gate: `PASS with notes: ${noise.join(', ')} (not a failure of the target; --strict would stop here).` };
  return { status: 'passed', gate: 'PASS: every test conforms.' };
}
