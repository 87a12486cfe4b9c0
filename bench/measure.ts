/**
 * Measures one scenario end to end: a fresh target, warm-up (one at a time, unrecorded: the first
 * iterations pay for JIT, TLS and connection set-up), then the measured batch. Warm-up and batch
 * share one hard deadline, and the target is closed whatever happens.
 */
import type { BenchOptions } from './options.ts';
import { runPool } from './pool.ts';
import { buildResult, type ScenarioResult } from './result.ts';
import type { Scenario } from './scenario.ts';

export interface MeasureDeps<Target> {
  startTarget(): Promise<Target>;
  closeTarget(target: Target): Promise<void>;
  redact(target: Target, text: string): string;
  now?: () => number;
}

export async function measureScenario<Target>(
  scenario: Scenario<Target>,
  options: Pick<BenchOptions, 'iterations' | 'concurrency' | 'warmup' | 'deadlineSeconds'>,
  deps: MeasureDeps<Target>,
): Promise<ScenarioResult> {
  const now = deps.now ?? (() => performance.now());
  const begin = now();
  const deadlineAt = begin + options.deadlineSeconds * 1000;
  const target = await deps.startTarget();
  const sandboxStartMs = now() - begin;
  try {
    const session = await scenario.start(target);
    try {
      const deadlineLabel = `the scenario's ${options.deadlineSeconds} s deadline`;
      const remaining = () => Math.max(0, deadlineAt - now());
      const warmup = await runPool(session, { iterations: options.warmup, concurrency: 1, deadlineMs: remaining(), deadlineLabel, now });
      const measured = await runPool(session, { iterations: options.iterations, concurrency: options.concurrency, deadlineMs: remaining(), deadlineLabel, now });
      return buildResult(measured, {
        name: scenario.name,
        summary: scenario.summary,
        requested: options.iterations,
        concurrency: options.concurrency,
        warmup,
        sandboxStartMs,
        notes: session.notes ?? [],
        redact: (text) => deps.redact(target, text),
      });
    } finally {
      await session.close();
    }
  } finally {
    await deps.closeTarget(target);
  }
}
