/**
 * The conformance report's data: one record per test (verdict, reason, duration, attempts, guide
 * steps reached, message arrival times, the failing step with expected/seen/fix) and the guide ×
 * step × variant matrix. Built from Playwright's reporter objects; rendered as JSON, Markdown and
 * HTML by report-render.ts. Variants are the Playwright projects' targets (or names), whatever projects exist.
 */
import path from 'node:path';
import type { TestCase, TestResult, TestStep } from '@playwright/test/reporter';
import { classifyAttempt, classifyTest, type AttemptVerdict, type SerializedError, type Verdict } from './classify.ts';
import { findExpectedFailure, isExpired, type ExpectedFailure } from './expected-failures.ts';

/** The guides, by the tag their specs carry. */
export const GUIDES: Record<string, string> = {
  '@flow1': 'Sign in with password and phone (SMS), embedded SDK',
  '@flow2': 'Password recovery with the email factor',
  '@flow3': 'Email-only sign-in, embedded Sign-In Widget',
};
const OTHER_GUIDE = 'Other checks';

export interface StepRecord {
  title: string;
  durationMs: number;
  ok: boolean;
}

export interface FailureRecord {
  /** Guide step (and inner steps) where it failed, or the fixture/hook. */
  step?: string;
  summary: string;
  expected?: string;
  seen?: string;
  fix?: string;
}

export interface TestRecord {
  id: string;
  title: string;
  project: string;
  guide: string;
  verdict: Verdict;
  reason?: string;
  durationMs: number;
  attempts: number;
  steps: StepRecord[];
  messages: { channel: string; arrivalMs: number }[];
  failure?: FailureRecord;
  expectedFailure?: ExpectedFailure & { expired: boolean };
}

/** `spec file › describe › title`: stable across runs and machines, and readable in a file. */
export function testId(test: TestCase): string {
  const [, , file, ...rest] = test.titlePath();
  return [path.basename(file ?? test.location.file), ...rest].join(' › ');
}

/**
 * The column a test belongs to: its project's `metadata.target` when the config names one (so a
 * target split into scheduling projects, `reference` and `reference-waiting`, is one column), else
 * the project name.
 */
function variantOf(test: TestCase): string {
  const project = test.parent.project();
  const target = project?.metadata?.target;
  return typeof target === 'string' && target ? target : (project?.name ?? '');
}

function guideOf(test: TestCase): string {
  const tags = new Set([...test.tags, ...(test.title.match(/@\w+/g) ?? [])]);
  const tag = Object.keys(GUIDES).find((t) => tags.has(t));
  return tag ? GUIDES[tag] : OTHER_GUIDE;
}

function attemptVerdict(test: TestCase, result: TestResult): AttemptVerdict {
  return classifyAttempt({ status: result.status, errors: result.errors }, test.expectedStatus);
}

export function recordOf(test: TestCase, expected: readonly ExpectedFailure[] = [], now = new Date()): TestRecord {
  const attempts = test.results.map((result) => attemptVerdict(test, result));
  const verdict = classifyTest(attempts);
  const decisive = test.results[verdict.attempt ?? test.results.length - 1] ?? test.results.at(-1);
  const project = variantOf(test);
  const id = testId(test);
  const entry = findExpectedFailure(expected, id, project) ?? findExpectedFailure(expected, id, test.parent.project()?.name ?? '');
  return {
    id,
    title: test.title,
    project,
    guide: guideOf(test),
    verdict: verdict.verdict,
    reason: verdict.reason,
    durationMs: test.results.reduce((sum, r) => sum + r.duration, 0),
    attempts: test.results.length,
    steps: decisive ? guideSteps(decisive) : [],
    messages: test.results.at(-1)?.annotations ? arrivals(test) : [],
    failure: decisive && verdict.error ? failureOf(decisive, verdict.error) : undefined,
    expectedFailure: entry ? { ...entry, expired: isExpired(entry, now) } : undefined,
  };
}

/** The top-level `test.step`s: the guide's steps as the flow helpers name them. */
function guideSteps(result: TestResult): StepRecord[] {
  return result.steps.filter((s) => s.category === 'test.step').map((s) => ({ title: s.title, durationMs: s.duration, ok: !s.error }));
}

/** Code-in-hand annotations (`code-in-hand`: "email 512 ms", from the triggering action on) of the reader fixtures. */
function arrivals(test: TestCase): { channel: string; arrivalMs: number }[] {
  const last = test.results.at(-1);
  const annotations = [...(last?.annotations ?? []), ...test.annotations];
  const seen = new Set<string>();
  return annotations
    .filter((a) => a.type === 'code-in-hand' && a.description && !seen.has(a.description) && seen.add(a.description))
    .map((a) => {
      const [channel, ms] = (a.description ?? '').split(' ');
      return { channel, arrivalMs: Number(ms) };
    })
    .filter((m) => Number.isFinite(m.arrivalMs));
}

/** The path of steps that carry the error, outermost first, e.g. "Step 10: … › expect.toBeVisible". */
function failingStepPath(steps: readonly TestStep[]): string[] {
  const failed = steps.find((s) => s.error && s.category === 'test.step') ?? steps.find((s) => s.error && s.category !== 'expect');
  if (!failed) return [];
  return [failed.title, ...failingStepPath(failed.steps)];
}

// eslint-disable-next-line no-control-regex -- terminal colour codes in Playwright's assertion messages
const ANSI = /\u001b\[[0-9;]*m/g;

export function failureOf(result: TestResult, error: SerializedError): FailureRecord {
  const text = (error.message ?? error.value ?? '').replace(ANSI, '');
  const lines = text.split('\n');
  const field = (pattern: RegExp) => lines.map((l) => pattern.exec(l)?.[1]?.trim()).find(Boolean);
  const stepPath = failingStepPath(result.steps);
  return {
    step: stepPath.length ? stepPath.join(' › ') : undefined,
    summary: lines.find((l) => l.trim())?.trim() ?? '(no message)',
    expected: field(/^\s*expected:\s*(.*)$/) ?? field(/^\s*Expected(?: [a-z]+)?:\s*(.*)$/),
    seen: field(/^\s*seen:\s*(.*)$/) ?? field(/^\s*Received(?: [a-z]+)?:\s*(.*)$/),
    fix: field(/^\s*fix:\s*(.*)$/),
  };
}

export type Totals = Record<Verdict | 'EXPECTED_FAIL', number>;

export interface MatrixCell {
  passed: number;
  failed: number;
  inconclusive: number;
}

export interface GuideMatrix {
  guide: string;
  variants: string[];
  /** Guide steps in the order the tests reach them. */
  steps: { title: string; cells: Record<string, MatrixCell> }[];
}

/** guide × step × variant: how many tests passed through each step in each project, and how many stopped there. */
export function buildMatrix(records: readonly TestRecord[]): GuideMatrix[] {
  const variants = [...new Set(records.map((r) => r.project))];
  const guides = [...new Set(records.map((r) => r.guide))];
  return guides.map((guide) => {
    const rows = new Map<string, Record<string, MatrixCell>>();
    for (const record of records.filter((r) => r.guide === guide && r.verdict !== 'SKIPPED')) {
      for (const step of record.steps) {
        const title = step.title.replace(/ \((code|magic link)\)$/, '');
        const cells = rows.get(title) ?? Object.fromEntries(variants.map((v) => [v, { passed: 0, failed: 0, inconclusive: 0 }]));
        rows.set(title, cells);
        const cell = cells[record.project];
        if (step.ok) cell.passed += 1;
        else if (record.verdict === 'FAIL') cell.failed += 1;
        else cell.inconclusive += 1;
      }
    }
    return { guide, variants, steps: [...rows].map(([title, cells]) => ({ title, cells })) };
  });
}

export interface ConformanceReport {
  generatedAt: string;
  strict: boolean;
  status: 'passed' | 'failed';
  /** Why the gate passed or failed, in one sentence. */
  gate: string;
  /** What went wrong outside any test (the gate fails on any); empty for a complete run. */
  runErrors: string[];
  totals: Totals;
  durationMs: number;
  tests: TestRecord[];
  matrix: GuideMatrix[];
  /** Expected failures whose test passed: remove them from the file. */
  nowPassing: TestRecord[];
}

/** A FAIL the expected-failures file excuses (listed and not expired). */
export function isExcused(record: TestRecord): boolean {
  return record.verdict === 'FAIL' && record.expectedFailure !== undefined && !record.expectedFailure.expired;
}

export function totalsOf(records: readonly TestRecord[]): Totals {
  const totals: Totals = { PASS: 0, FAIL: 0, INCONCLUSIVE: 0, FLAKY: 0, SKIPPED: 0, EXPECTED_FAIL: 0 };
  for (const record of records) totals[isExcused(record) ? 'EXPECTED_FAIL' : record.verdict] += 1;
  return totals;
}
