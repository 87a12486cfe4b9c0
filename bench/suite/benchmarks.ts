/**
 * Suite-level benchmarks: what a user waits for. Each runs Playwright as a user does (see
 * `playwright-run.ts`) and reports wall times, or per-test figures read from the annotations the
 * suite's fixtures leave on every test (`management-api`, `code-in-hand`).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../helpers/config/index.ts';
import { percentile } from '../stats.ts';
import { writeLoopSpecs } from './loop-specs.ts';
import { runPlaywright, type PlaywrightRun, type RunRequest, type TestOutcome } from './playwright-run.ts';

export interface SuiteBenchContext {
  sandboxPort: number;
  /** Runs per configuration; the median wall time is reported. */
  runs: number;
  /** Iterations of each flow in the overhead benchmark. */
  iterations: number;
  log: (line: string) => void;
}

/** One measured row: a label, its value and unit, and whether every run behind it passed. */
export interface SuiteRow {
  label: string;
  value: number;
  unit: 'ms' | 's' | 'ratio' | 'calls' | 'messages';
  detail?: string;
  ok: boolean;
}

export interface SuiteBenchResult {
  name: string;
  rows: SuiteRow[];
  runs: Omit<PlaywrightRun, 'tests'>[];
  failures: string[];
}

export interface SuiteBenchmark {
  name: string;
  summary: string;
  run(context: SuiteBenchContext): Promise<SuiteBenchResult>;
}

const median = (values: readonly number[]) => percentile([...values].sort((a, b) => a - b), 50);
const p95 = (values: readonly number[]) => percentile([...values].sort((a, b) => a - b), 95);
const QUICK = ['--grep-invert', '@slow'];
/**
 * One target's projects: what a user judging one app runs, and what issue 13's targets are about.
 * On the sandbox the suite also judges a second target (the `variant` apps, which exist to prove
 * the suite is not tied to the reference apps' markup); the full suite over both is measured too.
 */
const ONE_TARGET = ['--project', 'reference', '--project', 'reference-waiting'];

function summaryOf(run: PlaywrightRun): Omit<PlaywrightRun, 'tests'> {
  const { tests: _tests, ...rest } = run;
  return rest;
}

function failuresOf(runs: PlaywrightRun[]): string[] {
  return runs.filter((r) => r.exitCode !== 0 || r.failed > 0).map((r) => `${r.label}: exit ${r.exitCode}, ${r.failed} failed\n${r.tail ?? ''}`);
}

/**
 * Runs one configuration `runs` times, one after the other; the row is the median wall time.
 * `other` runs another Playwright configuration (the bare flows) and its environment.
 */
async function wall(context: SuiteBenchContext, label: string, args: string[], other: Pick<RunRequest, 'configFile' | 'env'> = {}): Promise<{ row: SuiteRow; runs: PlaywrightRun[] }> {
  const runs: PlaywrightRun[] = [];
  for (let i = 0; i < context.runs; i++) {
    context.log(`${label} (run ${i + 1}/${context.runs})`);
    runs.push(await runPlaywright({ label, args, sandboxPort: context.sandboxPort, ...other }));
  }
  const ok = failuresOf(runs).length === 0;
  const walls = runs.map((r) => r.wallMs / 1000);
  return {
    row: { label, value: median(walls), unit: 's', ok, detail: `${runs[0]?.passed ?? 0} passed; runs ${walls.map((w) => w.toFixed(1)).join(', ')} s` },
    runs,
  };
}

function result(name: string, parts: { row: SuiteRow; runs: PlaywrightRun[] }[], extraRows: SuiteRow[] = []): SuiteBenchResult {
  const runs = parts.flatMap((p) => p.runs);
  return { name, rows: [...parts.map((p) => p.row), ...extraRows], runs: runs.map(summaryOf), failures: failuresOf(runs) };
}

/** The quick gate's 2-worker runs of this bench process, which `shards` compares against instead of running them again. */
let quickGateTwoWorkers: { row: SuiteRow; runs: PlaywrightRun[] } | undefined;

const quickGate: SuiteBenchmark = {
  name: 'quick-gate',
  summary: 'npx playwright test --grep-invert @slow for one target at 1 and 2 workers and as configured, sandbox start included',
  async run(context) {
    const one = await wall(context, 'quick gate, one target, 1 worker', [...ONE_TARGET, ...QUICK, '--workers', '1']);
    quickGateTwoWorkers = await wall(context, 'quick gate, one target, 2 workers', [...ONE_TARGET, ...QUICK, '--workers', '2']);
    // As a user runs it: 2 working workers, and the @waits specs in the waiting project's own.
    const configured = await wall(context, 'quick gate, one target, as configured', [...ONE_TARGET, ...QUICK]);
    return result(this.name, [one, quickGateTwoWorkers, configured]);
  },
};

const BARE_CONFIG = path.join(PROJECT_ROOT, 'bench', 'bare', 'playwright.config.ts');

/** The tests of the working (not the waiting) project in one target's quick gate, from `--list`. */
async function listQuickSpecs(context: SuiteBenchContext): Promise<{ count: number; run: PlaywrightRun }> {
  const run = await runPlaywright({ label: 'quick gate, listed', args: [...ONE_TARGET, ...QUICK, '--list'], sandboxPort: context.sandboxPort });
  return { count: run.tests.filter((t) => t.project === 'reference').length, run };
}

/**
 * What no quick gate of this size can beat on this machine: as many bare flows as it has quick
 * specs (in pairs, rounded down), of the cheapest flow (flow 1), with no fixtures, page objects,
 * evidence checks, preflight, sweeper or reports, in 2 workers, sandbox start included. Each
 * worker loops the bare flow (`--repeat-each 2` gives each copy its own worker). If this row is
 * above a target for the quick gate, the target needs fewer specs or more CPUs, not a faster suite.
 */
const quickGateFloor: SuiteBenchmark = {
  name: 'quick-gate-floor',
  summary: 'as many bare flow 1 runs as the quick gate has specs, in 2 workers, sandbox start included: the machine\'s floor under the quick gate',
  async run(context) {
    const listed = await listQuickSpecs(context);
    // A floor measured on a guessed spec count would mean nothing: no list, no row.
    if (listed.count < 2) {
      return { name: this.name, rows: [], runs: [summaryOf(listed.run)], failures: [`quick gate floor: --list found ${listed.count} quick specs (exit ${listed.run.exitCode})\n${listed.run.tail ?? ''}`] };
    }
    const perWorker = Math.floor(listed.count / 2);
    const args = ['--grep', BARE['flow 1'], '--repeat-each', '2', '--workers', '2', '--retries', '0'];
    const floor = await wall(context, `quick gate floor, ${2 * perWorker} bare flows, 2 workers`, args, { configFile: BARE_CONFIG, env: { OIEC_BENCH_ITERATIONS: String(perWorker) } });
    floor.row.detail = `flow 1, ${perWorker} per worker; ${floor.row.detail}`;
    return result(this.name, [floor]);
  },
};

/** The descriptions of a test's annotations of one type (the fixtures' and the bare loops' figures). */
function notes(test: TestOutcome, type: string): string[] {
  return test.annotations.filter((a) => a.type === type).map((a) => a.description ?? '');
}

/** Per-test costs read from the fixtures' annotations of a run. */
function perTestRows(tests: TestOutcome[]): SuiteRow[] {
  const calls = tests.flatMap((t) => notes(t, 'management-api').map((d) => /(\d+) writes, (\d+) reads/.exec(d)).filter(Boolean).map((m) => ({ writes: Number(m![1]), reads: Number(m![2]) })));
  const reads = tests.map((t) => notes(t, 'code-in-hand'));
  const rows: SuiteRow[] = [];
  if (calls.length) {
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    rows.push({ label: 'Management API calls per test (mean)', value: mean(calls.map((c) => c.writes + c.reads)), unit: 'calls', ok: true, detail: `${calls.length} tests` });
    rows.push({ label: 'Management API writes per test (max)', value: Math.max(...calls.map((c) => c.writes)), unit: 'calls', ok: true, detail: `mean ${mean(calls.map((c) => c.writes)).toFixed(2)}` });
    rows.push({ label: 'Management API reads per test (mean)', value: mean(calls.map((c) => c.reads)), unit: 'calls', ok: true });
  }
  rows.push({ label: 'messages read per test (mean)', value: reads.flat().length / Math.max(1, tests.length), unit: 'messages', ok: true });
  return [...rows, ...codeInHandRows(tests, '')];
}

/** Code-in-hand latency per channel (the `code-in-hand` annotations: from the start of the triggering action). */
function codeInHandRows(tests: TestOutcome[], where: string): SuiteRow[] {
  const rows: SuiteRow[] = [];
  const arrivals = tests.flatMap((t) => notes(t, 'code-in-hand'));
  for (const channel of ['email', 'SMS']) {
    const samples = arrivals.filter((d) => d.startsWith(`${channel} `)).map((d) => Number(/(\d+) ms/.exec(d)?.[1]));
    if (samples.length) {
      rows.push({ label: `code in hand, ${channel}${where} (median)`, value: median(samples), unit: 'ms', ok: true, detail: `p95 ${p95(samples)} ms over ${samples.length} messages` });
    }
  }
  return rows;
}

const fullSuite: SuiteBenchmark = {
  name: 'full-suite',
  summary: 'every spec incl. @slow, one target, at 1 and 2 workers and as configured (2 working + 4 waiting); per-test calls, messages and code-in-hand latency',
  async run(context) {
    const parts = [
      await wall(context, 'full suite, one target, 1 worker', [...ONE_TARGET, '--workers', '1']),
      await wall(context, 'full suite, one target, 2 workers', [...ONE_TARGET, '--workers', '2']),
      await wall(context, 'full suite, one target, as configured', ONE_TARGET),
    ];
    const configured = parts[2]!.runs.flatMap((r) => r.tests);
    return result(this.name, parts, perTestRows(configured));
  },
};

const shards: SuiteBenchmark = {
  name: 'shards',
  summary: 'the quick gate as two local shards (1 worker each, own sandbox) at once, against one run at 2 workers',
  async run(context) {
    const one = quickGateTwoWorkers ?? (await wall(context, 'quick gate, one target, 2 workers', [...ONE_TARGET, ...QUICK, '--workers', '2']));
    const runs: PlaywrightRun[] = [];
    const walls: number[] = [];
    for (let i = 0; i < context.runs; i++) {
      context.log(`quick gate, two shards at once (run ${i + 1}/${context.runs})`);
      const started = performance.now();
      const pair = await Promise.all(
        [1, 2].map((n) => runPlaywright({ label: `quick gate shard ${n}/2`, args: [...ONE_TARGET, ...QUICK, '--workers', '1', '--shard', `${n}/2`], sandboxPort: context.sandboxPort + (n - 1) * 10 })),
      );
      walls.push((performance.now() - started) / 1000);
      runs.push(...pair);
    }
    const ok = failuresOf(runs).length === 0;
    const two = { row: { label: 'quick gate, one target, two shards at once', value: median(walls), unit: 's' as const, ok, detail: `runs ${walls.map((w) => w.toFixed(1)).join(', ')} s` }, runs };
    // The one-run figure is the quick gate's own row when that benchmark ran first: report it once.
    return result(this.name, quickGateTwoWorkers ? [two] : [one, two]);
  },
};

const SMOKE = { 'flow 1': 'tests/smoke-flow1-password-phone.spec.ts', 'flow 3': 'tests/smoke-flow3-email-only.spec.ts' } as const;
const BARE = { 'flow 1': 'bare flow 1', 'flow 3': 'bare flow 3' } as const;
const LOOP_CONFIG = path.join(PROJECT_ROOT, 'bench', 'suite', 'loop.config.ts');
/**
 * The bare and the suite loops take turns, in rounds, and each side's iterations are pooled: this
 * machine's speed drifts by tens of percent within minutes, and a ratio of two loops run minutes
 * apart measured the drift as much as the overhead. With two rounds of four, flow 1's ratio still
 * read anywhere from 1.04 to 1.31 on one commit; four rounds of four spread the drift over more
 * turns, and each round's own ratio is reported beside the pooled one.
 */
const OVERHEAD_ROUNDS = 4;
type Flow = keyof typeof SMOKE;
const FLOWS = Object.keys(SMOKE) as Flow[];

const flowOverhead: SuiteBenchmark = {
  name: 'flow-overhead',
  summary: `each flow's smoke spec against the same clicks with no fixtures (bench/bare), each looped in one worker, in ${OVERHEAD_ROUNDS} interleaved rounds, median per iteration`,
  async run(context) {
    const perRound = Math.max(1, Math.ceil(context.iterations / OVERHEAD_ROUNDS));
    const runs: PlaywrightRun[] = [];
    const bareTimes: Record<Flow, number[][]> = { 'flow 1': [], 'flow 3': [] };
    const suiteTests: Record<Flow, TestOutcome[][]> = { 'flow 1': [], 'flow 3': [] };
    for (let round = 1; round <= OVERHEAD_ROUNDS; round++) {
      context.log(`round ${round}/${OVERHEAD_ROUNDS}: bare flows, ${perRound} iterations each`);
      // One iteration more than measured, as on the suite's side: the first also opens the worker's
      // first browser context and its first connections to the sandbox.
      const bare = await runPlaywright({ label: `bare flows, round ${round}`, args: [], configFile: BARE_CONFIG, sandboxPort: context.sandboxPort, env: { OIEC_BENCH_ITERATIONS: String(perRound + 1) } });
      runs.push(bare);
      for (const flow of FLOWS) {
        bareTimes[flow].push(bare.tests.filter((t) => t.title.startsWith(BARE[flow])).flatMap((t) => notes(t, 'bare-iteration').slice(1).map(Number)));
        context.log(`round ${round}/${OVERHEAD_ROUNDS}: suite ${flow} smoke spec, ${perRound} times in one worker`);
        // One copy more than measured: the first test of a worker also starts its browser and worker fixtures.
        writeLoopSpecs(SMOKE[flow], perRound + 1);
        const suite = await runPlaywright({ label: `suite ${flow}, round ${round}`, args: [], configFile: LOOP_CONFIG, sandboxPort: context.sandboxPort });
        runs.push(suite);
        suiteTests[flow].push(suite.tests.slice(1));
      }
    }
    const rows: SuiteRow[] = [];
    for (const flow of FLOWS) {
      const suiteRounds = suiteTests[flow].map((tests) => tests.map((t) => t.durationMs));
      const suiteTimes = suiteRounds.flat();
      const bare = bareTimes[flow].flat();
      if (!suiteTimes.length || !bare.length) continue;
      const ratio = median(suiteTimes) / median(bare);
      const roundRatios = suiteRounds.map((times, i) => (times.length && bareTimes[flow][i]?.length ? (median(times) / median(bareTimes[flow][i]!)).toFixed(2) : '-'));
      rows.push({
        label: `overhead, ${flow} (suite / bare)`,
        value: ratio,
        unit: 'ratio',
        ok: failuresOf(runs).length === 0,
        detail: `suite ${median(suiteTimes).toFixed(0)} ms, bare ${median(bare).toFixed(0)} ms (medians of ${suiteTimes.length} and ${bare.length}); rounds ${roundRatios.join(', ')}`,
      });
      // The same latency as the full suite's row, without four other browsers competing for the CPUs.
      rows.push(...codeInHandRows(suiteTests[flow].flat(), `, ${flow} in one worker`));
    }
    return { name: this.name, rows, runs: runs.map(summaryOf), failures: failuresOf(runs) };
  },
};

const noopSetup: SuiteBenchmark = {
  name: 'noop-setup',
  summary: 'the setup step of npm run conformance when nothing changed (scripts/bootstrap.mjs)',
  async run(context) {
    const times: number[] = [];
    const failures: string[] = [];
    for (let i = 0; i <= 5; i++) {
      const started = performance.now();
      const run = spawnSync(process.execPath, [path.join('scripts', 'bootstrap.mjs')], { cwd: PROJECT_ROOT, encoding: 'utf8' });
      if (run.status !== 0) failures.push(`setup exited ${run.status}: ${run.stderr.slice(-500)}`);
      // The first run may do the real setup (and write the stamp): not a no-op.
      if (i > 0) times.push(performance.now() - started);
    }
    // Node's own start-up on this machine, the floor under any setup step.
    const bare: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      spawnSync(process.execPath, ['-e', '0']);
      bare.push(performance.now() - started);
    }
    context.log(`no-op setup: ${times.map((t) => t.toFixed(0)).join(', ')} ms; node -e 0: ${bare.map((t) => t.toFixed(0)).join(', ')} ms`);
    return {
      name: this.name,
      rows: [{ label: 'no-op setup (median of 5)', value: median(times), unit: 'ms', ok: failures.length === 0, detail: `max ${Math.max(...times).toFixed(0)} ms; node -e 0 alone: ${median(bare).toFixed(0)} ms` }],
      runs: [],
      failures,
    };
  },
};

export const SUITE_BENCHMARKS: SuiteBenchmark[] = [noopSetup, quickGate, quickGateFloor, fullSuite, shards, flowOverhead];

export function formatSuiteTable(results: SuiteBenchResult[]): string {
  const lines = ['suite benchmark                              value     detail', '-------------------------------------------  --------  ------'];
  for (const r of results) {
    for (const row of r.rows) {
      const value = row.unit === 's' ? `${row.value.toFixed(1)} s` : row.unit === 'ms' ? `${row.value.toFixed(0)} ms` : row.value.toFixed(2);
      lines.push(`${row.label.padEnd(43)}  ${value.padStart(8)}  ${row.ok ? '' : 'FAILED; '}${row.detail ?? ''}`);
    }
  }
  return lines.join('\n');
}
