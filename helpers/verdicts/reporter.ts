/**
 * The conformance reporter: after the run (or after `merge-reports` of shards) it writes
 * `report.json`, `report.md` and one self-contained `report.html` with a verdict per test, appends
 * the Markdown to `$GITHUB_STEP_SUMMARY` when set, and sets the run's exit status by the gate policy
 * (gate.ts): non-zero only on FAIL, or also on INCONCLUSIVE/FLAKY with `--strict`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { FullConfig, FullResult, Reporter, Suite, TestCase, TestError } from '@playwright/test/reporter';
import { loadConfig, PROJECT_ROOT, runtimeSettings } from '../config/index.ts';
import { isConformanceError } from '../errors.ts';
import { readRegisteredSecrets, redact } from '../secrets.ts';
import { loadExpectedFailures, type ExpectedFailure } from './expected-failures.ts';
import { decideGate } from './gate.ts';
import { buildMatrix, recordOf, totalsOf, type ConformanceReport } from './report-model.ts';
import { toHtml, toMarkdown } from './report-render.ts';

export interface ConformanceReporterOptions {
  outputFolder?: string;
  /** Overrides the CONFORMANCE_STRICT setting (tests use it). */
  strict?: boolean;
  expectedFailuresFile?: string;
}

export default class ConformanceReporter implements Reporter {
  private root?: Suite;
  /** Errors outside any test (webServer, global setup, no tests found), first line of each. */
  private readonly runErrors: string[] = [];
  private started = Date.now();
  private readonly outputFolder: string;
  private readonly strict: boolean;
  private readonly expected: ExpectedFailure[];
  private readonly summaryFile?: string;

  constructor(options: ConformanceReporterOptions = {}) {
    const runtime = runtimeSettings();
    this.outputFolder = path.resolve(PROJECT_ROOT, options.outputFolder ?? 'reports/conformance');
    this.strict = options.strict ?? runtime.strict;
    this.expected = loadExpectedFailures(options.expectedFailuresFile ?? runtime.expectedFailuresFile);
    this.summaryFile = runtime.githubStepSummary;
  }

  onBegin(_config: FullConfig, suite: Suite): void {
    this.root = suite;
    this.started = Date.now();
  }

  onError(error: TestError): void {
    this.runErrors.push(firstLine(error.message ?? error.value ?? 'an error without a message'));
  }

  printsToStdio(): boolean {
    return true;
  }

  async onEnd(result: FullResult): Promise<{ status?: FullResult['status'] } | undefined> {
    const tests: TestCase[] = this.root?.allTests() ?? [];
    // `--list` (and `--pass-with-no-tests` with none): nothing was run and nothing went wrong, so
    // there is nothing to judge, and the last run's report stays as it was.
    if (result.status === 'passed' && !this.runErrors.length && tests.every((t) => t.results.length === 0)) return undefined;
    const records = tests.map((test) => recordOf(test, this.expected));
    const secrets = knownSecrets();
    // Redacted here too, since the gate line quotes the first error on the console.
    const runErrors = (this.runErrors.length ? this.runErrors : endProblems(result, records)).map((e) => redact(e, secrets));
    const decision = decideGate(records, this.strict, runErrors);
    const report: ConformanceReport = {
      generatedAt: new Date().toISOString(),
      strict: this.strict,
      ...decision,
      runErrors,
      totals: totalsOf(records),
      durationMs: Date.now() - this.started,
      tests: records,
      matrix: buildMatrix(records),
      nowPassing: records.filter((r) => r.expectedFailure && (r.verdict === 'PASS' || r.verdict === 'FLAKY')),
    };
    this.write(report, secrets);
    console.log(`\nConformance: ${report.gate} Report: ${path.relative(process.cwd(), path.join(this.outputFolder, 'report.html'))}`);
    // A run that was interrupted, timed out or could not start keeps Playwright's own status.
    if (result.status !== 'passed' && result.status !== 'failed') return undefined;
    return { status: decision.status };
  }

  private write(unsafe: ConformanceReport, secrets: string[]): void {
    // Redacted before rendering, so no escaping (JSON, HTML entities) can hide a secret from it.
    const report = redactStrings(unsafe, secrets);
    fs.mkdirSync(this.outputFolder, { recursive: true });
    const markdown = toMarkdown(report);
    fs.writeFileSync(path.join(this.outputFolder, 'report.json'), JSON.stringify(report, null, 2));
    fs.writeFileSync(path.join(this.outputFolder, 'report.md'), markdown);
    fs.writeFileSync(path.join(this.outputFolder, 'report.html'), toHtml(report));
    if (this.summaryFile) fs.appendFileSync(this.summaryFile, `${markdown}\n`);
  }
}

/**
 * Why Playwright's own end status says the run did not complete, when no error or test told us:
 * an interrupted or timed-out run, or a failed one whose tests all passed or were skipped.
 */
function endProblems(result: FullResult, records: readonly { verdict: string }[]): string[] {
  if (result.status === 'interrupted') return ['the run was interrupted before every test ended'];
  if (result.status === 'timedout') return ['the run reached its global timeout before every test ended'];
  if (result.status === 'failed' && records.every((r) => r.verdict === 'PASS' || r.verdict === 'SKIPPED')) {
    return ['Playwright ended the run as failed outside any test (its output above says why)'];
  }
  return [];
}

function firstLine(text: string): string {
  // Playwright colours some messages; the report and the gate line are plain text.
  const plain = stripVTControlCharacters(text).trim();
  return plain.split('\n', 1)[0].slice(0, 300);
}

/**
 * Every registered secret of this machine's run, in the forms it may take in a JSON or HTML text.
 * A merge of shards from other machines has none here; their errors were redacted at the source.
 */
function knownSecrets(): string[] {
  let stateDir: string;
  try {
    stateDir = loadConfig().stateDir;
  } catch (error) {
    if (isConformanceError(error)) return [];
    throw error;
  }
  return readRegisteredSecrets(stateDir).flatMap((s) => [s.value, encodeURIComponent(s.value)]);
}

function redactStrings<T>(value: T, secrets: string[]): T {
  if (typeof value === 'string') return redact(value, secrets) as T;
  if (Array.isArray(value)) return value.map((v) => redactStrings(v, secrets)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactStrings(v, secrets)])) as T;
  }
  return value;
}
