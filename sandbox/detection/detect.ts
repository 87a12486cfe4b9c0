/**
 * The detection run itself: an optional baseline (the named specs against the unmodified sandbox,
 * so a "catch" is never a spec that fails anyway), then every selected defect seeded alone into a
 * sandbox of its own, a few at a time, each result classified.
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../../helpers/config/index.ts';
import type { Defect } from '../defects/catalog.ts';
import { classify, testsOf } from './classify.ts';
import type { DetectionResult } from './report.ts';
import { runSuiteAgainst, type SuiteRun } from './suite-run.ts';

/** Ports between two sandboxes' bases (each uses 7). */
export const PORT_STRIDE = 10;

export interface DetectionOptions {
  defects: readonly Defect[];
  concurrency: number;
  /** First port of the first sandbox; 0 gives every sandbox ephemeral ports. */
  portBase: number;
  baseline: boolean;
  baseEnv: Record<string, string | undefined>;
  /** Progress lines (one per finished defect). */
  log?: (line: string) => void;
}

export const DETECTION_WORK_DIR = path.join(PROJECT_ROOT, '.cache', 'detection');

export async function detect(options: DetectionOptions): Promise<DetectionResult> {
  const log = options.log ?? (() => undefined);
  let slot = 0;
  // Every call hands out a fresh slot, so a busy port never gets tried twice.
  const nextPort = () => (options.portBase === 0 ? 0 : options.portBase + PORT_STRIDE * slot++);
  const common = { workDir: DETECTION_WORK_DIR, baseEnv: options.baseEnv };
  const result: DetectionResult = { date: new Date().toISOString().slice(0, 10), verdicts: [] };

  if (options.baseline) {
    const specs = [...new Set(options.defects.flatMap((d) => d.specs))];
    log(`Baseline: ${specs.length} named specs against the unmodified sandbox...`);
    const run = await runSuiteAgainst({ ...common, name: 'baseline', defects: [], specs, portBase: nextPort, workers: 2 });
    const tests = testsOf(run.report);
    const failing = [
      ...(run.report.errors ?? []).map((e) => (e.message ?? '').split('\n')[0]),
      ...tests.filter((t) => t.result?.status !== 'passed').map((t) => `${t.title} (${t.result?.status ?? 'not run'})`),
      ...specs.filter((s) => !tests.some((t) => t.title.includes(s))).map((s) => `no spec titled "${s}"`),
    ];
    result.baseline = { passed: failing.length === 0, failing };
    log(result.baseline.passed ? `Baseline passed (${run.seconds.toFixed(0)} s).` : `Baseline FAILED: ${failing.join('; ')}`);
  }

  log(`Seeding ${options.defects.length} defects, ${options.concurrency} at a time...`);
  // Longest first (more named specs, more to run), so the last to finish is a short one.
  const order = options.defects.map((defect, index) => ({ defect, index })).sort((a, b) => b.defect.specs.length - a.defect.specs.length);
  const verdicts = await pool(order, options.concurrency, async ({ defect, index }) => {
    const seed = () => runSuiteAgainst({ ...common, name: defect.id, defects: [defect.id], specs: defect.specs, portBase: nextPort, workers: 1 }).catch(
      (error: Error): SuiteRun => ({ report: { errors: [{ message: `the sandbox or the run failed: ${error.message}` }] }, status: null, output: '', seconds: 0 }),
    );
    let run = await seed();
    const stopped = stoppedBeforeTheSpecs(run);
    if (stopped) {
      // Nothing was judged (the preflight found the sandbox unready, a port was taken): like the
      // suite's own retry policy, an infrastructure failure earns one more run; a target never does.
      log(`  again   ${defect.id}: the run stopped before the specs (${stopped})`);
      const first = run.seconds;
      run = await seed();
      run.seconds += first;
    }
    const verdict = { ...classify(defect, run.report), layer: defect.layer, step: defect.step, description: defect.description, seconds: run.seconds };
    log(`  ${verdict.caught ? 'caught' : 'MISSED'}  ${defect.id} (${run.seconds.toFixed(0)} s)`);
    return { index, verdict };
  });
  result.verdicts = verdicts.sort((a, b) => a.index - b.index).map((v) => v.verdict);
  return result;
}

/** Why a run judged nothing (no test ran, and the run says why), or undefined when specs ran. */
export function stoppedBeforeTheSpecs(run: Pick<SuiteRun, 'report'>): string | undefined {
  if (testsOf(run.report).some((t) => t.result)) return undefined;
  const message = run.report.errors?.map((e) => (e.message ?? '').split('\n')[0]).find(Boolean);
  return message ?? 'no test ran and the run gave no reason';
}

async function pool<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i]);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return results;
}
