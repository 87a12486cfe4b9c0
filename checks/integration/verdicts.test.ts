/**
 * Verdicts end to end, against an in-process sandbox seen as a live target: specs that meet late
 * mail and a 429, or doubled mail (PASS), lost mail (INCONCLUSIVE), a one-off 503 (FLAKY). The run's exit code
 * follows the gate policy; two shards merged give the same verdicts as one run; the gate script
 * and `--strict` turn INCONCLUSIVE/FLAKY into a failure.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { PROJECT_ROOT } from '../../helpers/config/index.ts';
import type { ConformanceReport } from '../../helpers/verdicts/report-model.ts';
import { startSandbox, type RunningSandbox } from '../../sandbox/start.ts';
import { PLAYWRIGHT_CLI, runChild, type ChildRun } from './run-suite.ts';

const CONFIG = 'checks/verdicts/playwright.config.ts';
const VERDICTS_DIR = path.join(PROJECT_ROOT, '.cache', 'verdicts');
let sandbox: RunningSandbox;
let settings: Record<string, string>;

before(async () => {
  sandbox = await startSandbox({ port: 0 });
  // Lost mail is given up on after 5 s instead of a minute: the verdict, not the wait, is under test.
  settings = { ...sandbox.settings, MESSAGE_WAIT_SECONDS: '5' };
  fs.rmSync(VERDICTS_DIR, { recursive: true, force: true });
});
after(async () => {
  await sandbox.close();
});

const output = (run: ChildRun) => `\n${run.stdout}\n${run.stderr}`;

function readReport(folder: string): ConformanceReport {
  return JSON.parse(fs.readFileSync(path.join(VERDICTS_DIR, folder, 'report.json'), 'utf8')) as ConformanceReport;
}

function verdicts(report: ConformanceReport): Record<string, string> {
  return Object.fromEntries(report.tests.map((t) => [`${t.project} ${t.id}`, t.verdict]).sort());
}

/** Runs the verdict specs (all or one shard) and keeps their conformance report and blob. */
async function runVerdictSpecs(name: string, command: string[]): Promise<ChildRun> {
  const run = await runChild(command, settings);
  fs.renameSync(path.join(VERDICTS_DIR, 'conformance'), path.join(VERDICTS_DIR, name));
  const blobs = path.join(VERDICTS_DIR, 'blobs', name);
  fs.mkdirSync(path.dirname(blobs), { recursive: true });
  fs.renameSync(path.join(VERDICTS_DIR, 'blob'), blobs);
  return run;
}

it('faults end as PASS, INCONCLUSIVE (with the System Log as evidence) and FLAKY, and only a FAIL would fail the run', { timeout: 240_000 }, async () => {
  const run = await runVerdictSpecs('single', [PLAYWRIGHT_CLI, 'test', '-c', CONFIG]);
  assert.equal(run.status, 0, `INCONCLUSIVE and FLAKY do not fail the run by default${output(run)}`);
  const report = readReport('single');
  const byTitle = (part: string) => {
    const found = report.tests.find((t) => t.title.includes(part));
    assert.ok(found, `the report lists "${part}"`);
    return found;
  };
  assert.equal(byTitle('3 s late').verdict, 'PASS', 'late mail and a 429 with a reset are waited out');
  assert.ok(byTitle('3 s late').messages.some((m) => m.channel === 'email' && m.arrivalMs >= 3000), 'the report shows the late arrival');
  assert.equal(byTitle('delivered twice').verdict, 'PASS', 'identical copies of one email are one message');
  const lost = byTitle('never receives it');
  assert.equal(lost.verdict, 'INCONCLUSIVE');
  assert.match(lost.failure?.summary ?? '', /The org sent the email .* but it was never delivered/);
  assert.match(lost.failure?.seen ?? '', /System Log records system\.email\./);
  assert.equal(lost.failure?.step, '2. The user starts the email challenge flow', 'the report names the guide step');
  const outage = byTitle('one-off 503');
  assert.deepEqual([outage.verdict, outage.attempts], ['FLAKY', 2]);
  assert.match(outage.failure?.seen ?? '', /HTTP 503/);
  assert.equal(report.status, 'passed');
  for (const file of ['report.md', 'report.html']) assert.ok(fs.existsSync(path.join(VERDICTS_DIR, 'single', file)), `${file} written`);
});

it('two shards (run with --strict) merged give one report with the same verdicts as the single run', { timeout: 240_000 }, async () => {
  const exits: number[] = [];
  for (const shard of ['1', '2']) {
    const run = await runVerdictSpecs(`shard-${shard}`, ['scripts/conformance.mjs', '-c', CONFIG, '--strict', `--shard=${shard}/2`]);
    const report = readReport(`shard-${shard}`);
    const noisy = report.tests.some((t) => t.verdict === 'INCONCLUSIVE' || t.verdict === 'FLAKY');
    assert.equal(run.status, noisy ? 1 : 0, `with --strict, shard ${shard} fails exactly when it has INCONCLUSIVE or FLAKY tests${output(run)}`);
    exits.push(run.status ?? -1);
  }
  assert.ok(exits.includes(1), 'some shard met the INCONCLUSIVE or FLAKY test, so strict mode was exercised');
  const merged = path.join(VERDICTS_DIR, 'blobs', 'shards');
  fs.mkdirSync(merged, { recursive: true });
  for (const shard of ['shard-1', 'shard-2']) {
    for (const file of fs.readdirSync(path.join(VERDICTS_DIR, 'blobs', shard))) {
      fs.renameSync(path.join(VERDICTS_DIR, 'blobs', shard, file), path.join(merged, `${shard}-${file}`));
    }
  }
  const merge = await runChild([PLAYWRIGHT_CLI, 'merge-reports', '-c', 'checks/verdicts/merge.config.ts', merged], settings);
  assert.equal(merge.status, 0, `merge-reports succeeded${output(merge)}`);
  assert.deepEqual(verdicts(readReport('merged')), verdicts(readReport('single')));

  const gate = (args: string[]) => runChild(['--import', 'tsx', 'scripts/gate.ts', ...args, path.join(VERDICTS_DIR, 'merged', 'report.json')], settings);
  assert.equal((await gate([])).status, 0, 'the gate passes the merged report by default');
  const strict = await gate(['--strict']);
  assert.equal(strict.status, 1, 'with --strict, INCONCLUSIVE and FLAKY stop the gate');
  assert.match(strict.stdout, /FAIL \(strict\): 1 INCONCLUSIVE, 1 FLAKY/);
});

