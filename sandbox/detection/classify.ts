/**
 * Whether a seeded defect was caught, and by what, from Playwright's JSON report of the specs the
 * catalog names for it. Caught means: a named spec failed (not timed out) with an assertion or a
 * TargetError whose text is the defect's evidence, the named expectation of the broken step. Any
 * other failure (a test timeout, a message that never arrived, a crash) is reported, never counted.
 */
import type { Defect } from '../defects/catalog.ts';

/** The parts of Playwright's JSON reporter output this module reads. */
export interface JsonReport {
  suites?: JsonSuite[];
  errors?: { message?: string }[];
}
export interface JsonSuite {
  title: string;
  specs?: { title: string; tests: { results: JsonResult[] }[] }[];
  suites?: JsonSuite[];
}
export interface JsonResult {
  status: 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted';
  error?: { message?: string; stack?: string };
  errors?: { message?: string; stack?: string }[];
}

export type FailureKind = 'assertion' | 'target-error' | 'timeout' | 'other';

export interface SpecOutcome {
  title: string;
  status: JsonResult['status'] | 'not run';
  kind?: FailureKind;
  /** First line of the failure, as the report shows it (assertion messages never hold secrets). */
  summary?: string;
  /** The failure says what the catalog expects for the broken step. */
  matchesEvidence?: boolean;
}

export interface Verdict {
  id: string;
  caught: boolean;
  caughtBy: string[];
  outcomes: SpecOutcome[];
  /** Why it is not caught, in one sentence. */
  reason?: string;
}

// eslint-disable-next-line no-control-regex -- ANSI colour codes are exactly what is stripped
const ANSI = /\u001b\[[0-9;]*m/g;

export function plain(text: string | undefined): string {
  return (text ?? '').replace(ANSI, '');
}

/** Every test of the report with its title and last result. */
export function testsOf(report: JsonReport): { title: string; result?: JsonResult }[] {
  const found: { title: string; result?: JsonResult }[] = [];
  const visit = (suite: JsonSuite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) found.push({ title: spec.title, result: test.results.at(-1) });
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites ?? []) visit(suite);
  return found;
}

export function failureKind(result: JsonResult): FailureKind {
  const message = plain(firstError(result)?.message);
  if (result.status === 'timedOut' || /Test timeout of \d+ms exceeded/.test(message)) return 'timeout';
  if (/^\s*TargetError\b/.test(message) || /^\s*TargetError\b/.test(plain(firstError(result)?.stack))) return 'target-error';
  if (/\bexpect(\.poll)?\([^)]*\)\.(not\.)?to[A-Z]\w*\(/.test(message)) return 'assertion';
  return 'other';
}

function firstError(result: JsonResult): { message?: string; stack?: string } | undefined {
  return result.errors?.[0] ?? result.error;
}

/**
 * The failure's own statement: the first paragraph of its message (an assertion's message, or a
 * TargetError's summary with its expected/seen lines). The rest (call log, source excerpt) quotes
 * neighbouring expectations and must not count as evidence.
 */
export function statementOf(result: JsonResult): string {
  return plain(firstError(result)?.message).trim().split(/\n\s*\n/)[0] ?? '';
}

/** The line a reader needs: the assertion's own message, or the error's summary. */
export function summaryOf(result: JsonResult): string {
  const first = statementOf(result).split('\n').find((line) => line.trim());
  const line = (first ?? '').replace(/^Error:\s*/, '').trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

export function classify(defect: Pick<Defect, 'id' | 'specs' | 'evidence'>, report: JsonReport): Verdict {
  const tests = testsOf(report);
  const outcomes = defect.specs.map((fragment): SpecOutcome => {
    const test = tests.find((t) => t.title.includes(fragment));
    if (!test?.result) return { title: fragment, status: 'not run' };
    const { result } = test;
    if (result.status !== 'failed' && result.status !== 'timedOut') return { title: test.title, status: result.status };
    const kind = failureKind(result);
    const summary = summaryOf(result);
    return { title: test.title, status: result.status, kind, summary, matchesEvidence: defect.evidence.test(statementOf(result)) };
  });
  const caughtBy = outcomes.filter((o) => (o.kind === 'assertion' || o.kind === 'target-error') && o.matchesEvidence).map((o) => o.title);
  const verdict: Verdict = { id: defect.id, caught: caughtBy.length > 0, caughtBy, outcomes };
  if (!verdict.caught) verdict.reason = missReason(outcomes, report);
  return verdict;
}

function missReason(outcomes: SpecOutcome[], report: JsonReport): string {
  const runError = report.errors?.map((e) => plain(e.message).split('\n')[0]).find(Boolean);
  if (runError) return `the run failed before the specs: ${runError}`;
  if (outcomes.every((o) => o.status === 'not run')) return 'none of the named specs ran (a renamed spec? check the catalog titles)';
  if (outcomes.every((o) => o.status === 'passed')) return 'every named spec passed';
  const failed = outcomes.filter((o) => o.kind);
  if (failed.some((o) => o.kind === 'timeout')) return 'a named spec failed only by timing out';
  if (failed.some((o) => o.kind === 'other')) return 'a named spec failed, but not with an assertion or a TargetError';
  if (failed.length) return 'a named spec failed, but about another step than the defect breaks';
  return 'no named spec failed';
}
