/**
 * `npm run detection [-- --only ID,... | --quick] [--concurrency N] [--port-base P] [--no-baseline]`:
 * seeds every defect of the catalog into a sandbox of its own, runs the specs the catalog names
 * for it against that sandbox, classifies the result (classify.ts) and prints and writes the
 * table (reports/detection/detection.md and .json). Exit code 1 when a defect was missed or the
 * baseline failed, 2 for bad options.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../../helpers/config/index.ts';
import { DEFECTS, findDefect, type Defect } from '../defects/catalog.ts';
import { classify, testsOf } from './classify.ts';
import { consoleLines, markdown, rate, type DetectionResult } from './report.ts';
import { runSuiteAgainst } from './suite-run.ts';

const PORT_STRIDE = 10;

function fail(message: string): never {
  process.stderr.write(`\n${message}\n\n`);
  process.exit(2);
}

function options() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      quick: { type: 'boolean' },
      concurrency: { type: 'string', default: '2' },
      'port-base': { type: 'string', default: '48000' },
      'no-baseline': { type: 'boolean' },
      out: { type: 'string', default: path.join(PROJECT_ROOT, 'reports', 'detection') },
    },
  });
  const ids = values.only?.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = ids?.filter((id) => !findDefect(id)) ?? [];
  if (unknown.length) fail(`--only names unknown defects: ${unknown.join(', ')}. Known: ${DEFECTS.map((d) => d.id).join(', ')}`);
  const selected: Defect[] = ids ? ids.map((id) => findDefect(id)!) : DEFECTS.filter((d: Defect) => !values.quick || d.quick);
  const concurrency = Number(values.concurrency);
  const portBase = Number(values['port-base']);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 8) fail('--concurrency must be a whole number from 1 to 8.');
  if (!Number.isInteger(portBase) || portBase < 1024 || portBase + PORT_STRIDE * (DEFECTS.length + 1) > 65000) fail('--port-base must leave room for one sandbox per defect below 65000.');
  return { selected, concurrency, portBase, baseline: !values['no-baseline'], out: path.resolve(values.out) };
}

async function pool<T, R>(items: T[], size: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i], i);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return results;
}

const opts = options();
const workDir = path.join(PROJECT_ROOT, '.cache', 'detection');
const baseEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
const started = Date.now();
const result: DetectionResult = { date: new Date().toISOString().slice(0, 10), verdicts: [] };

if (opts.baseline) {
  // A catch means something only if the same specs pass against the unmodified org and apps.
  const specs = [...new Set(opts.selected.flatMap((d) => d.specs))];
  process.stdout.write(`Baseline: ${specs.length} named specs against the unmodified sandbox...\n`);
  const run = await runSuiteAgainst({ name: 'baseline', defects: [], specs, portBase: opts.portBase, workDir, workers: 2, baseEnv });
  const failing = testsOf(run.report).filter((t) => t.result?.status !== 'passed').map((t) => `${t.title} (${t.result?.status ?? 'not run'})`);
  const runErrors = (run.report.errors ?? []).map((e) => (e.message ?? '').split('\n')[0]);
  result.baseline = { passed: failing.length === 0 && runErrors.length === 0 && testsOf(run.report).length > 0, failing: [...runErrors, ...failing] };
  process.stdout.write(result.baseline.passed ? `Baseline passed (${run.seconds.toFixed(0)} s).\n` : `Baseline FAILED: ${result.baseline.failing.join('; ')}\n`);
}

process.stdout.write(`Seeding ${opts.selected.length} defects, ${opts.concurrency} at a time...\n`);
result.verdicts = await pool(opts.selected, opts.concurrency, async (defect, i) => {
  const portBase = opts.portBase + PORT_STRIDE * (i + 1);
  const run = await runSuiteAgainst({ name: defect.id, defects: [defect.id], specs: defect.specs, portBase, workDir, workers: 1, baseEnv });
  const verdict = { ...classify(defect, run.report), layer: defect.layer, step: defect.step, description: defect.description, seconds: run.seconds };
  process.stdout.write(`  ${verdict.caught ? 'caught' : 'MISSED'}  ${defect.id} (${run.seconds.toFixed(0)} s)\n`);
  return verdict;
});

fs.mkdirSync(opts.out, { recursive: true });
fs.writeFileSync(path.join(opts.out, 'detection.md'), markdown(result));
fs.writeFileSync(path.join(opts.out, 'detection.json'), `${JSON.stringify({ ...result, rate: rate(result) }, null, 2)}\n`);
process.stdout.write(`\n${consoleLines(result).join('\n')}\n`);
process.stdout.write(`Written: ${path.relative(PROJECT_ROOT, opts.out)}/detection.md and detection.json (${((Date.now() - started) / 60_000).toFixed(1)} min)\n`);
const { caught, total } = rate(result);
process.exit(caught === total && result.baseline?.passed !== false ? 0 : 1);
