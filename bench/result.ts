/**
 * Turns the raw outcomes of a measured batch into the numbers the table and the JSON report show.
 * Latency is over successful iterations only (a failure's duration measures the failure, not the
 * flow); failures are counted next to it, so a fast-but-failing run cannot look good.
 */
import { describeError, tallyErrors, type ErrorTally } from './faults.ts';
import type { PoolResult } from './pool.ts';
import { summarize, summarizePhases, throughputPerSecond, type LatencySummary } from './stats.ts';

export interface ScenarioResult {
  name: string;
  summary: string;
  requested: number;
  concurrency: number;
  succeeded: number;
  failed: number;
  notStarted: number;
  deadlineHit: boolean;
  wallMs: number;
  /** Successful iterations per second of wall-clock time of the measured batch. */
  throughputPerSec: number;
  latencyMs?: LatencySummary;
  phasesMs: Record<string, LatencySummary>;
  errors: ErrorTally;
  warmup: { iterations: number; failed: number };
  sandboxStartMs: number;
  notes: string[];
}

export interface ResultContext {
  name: string;
  summary: string;
  requested: number;
  concurrency: number;
  warmup: PoolResult;
  sandboxStartMs: number;
  notes: string[];
  redact: (text: string) => string;
}

export function buildResult(measured: PoolResult, context: ResultContext): ScenarioResult {
  const successes = measured.outcomes.filter((o) => o.ok);
  const failures = measured.outcomes.filter((o) => !o.ok);
  const records = failures.map((o) => describeError(o.error, o.stage, context.redact));
  const warmupFailures = context.warmup.outcomes.filter((o) => !o.ok);
  const notes = [...context.notes];
  if (warmupFailures.length > 0) {
    const first = warmupFailures[0]!;
    const described = describeError(first.error, first.stage, context.redact);
    notes.push(`${warmupFailures.length} warm-up iteration(s) failed; first: [${described.fault}] ${described.name}: ${described.message}`);
  }
  if (measured.notStarted > 0) notes.push(`${measured.notStarted} iteration(s) never started: the deadline passed first`);
  return {
    name: context.name,
    summary: context.summary,
    requested: context.requested,
    concurrency: context.concurrency,
    succeeded: successes.length,
    failed: failures.length,
    notStarted: measured.notStarted,
    deadlineHit: measured.deadlineHit || context.warmup.deadlineHit,
    wallMs: measured.wallMs,
    throughputPerSec: throughputPerSecond(successes.length, measured.wallMs),
    latencyMs: summarize(successes.map((o) => o.durationMs)),
    phasesMs: summarizePhases(successes.map((o) => o.phases)),
    errors: tallyErrors(records),
    warmup: { iterations: context.warmup.outcomes.length, failed: warmupFailures.length },
    sandboxStartMs: context.sandboxStartMs,
    notes,
  };
}

/** A scenario is healthy when every requested iteration ran and none failed. */
export function isClean(result: ScenarioResult): boolean {
  return result.failed === 0 && result.notStarted === 0 && !result.deadlineHit;
}
