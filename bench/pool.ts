/**
 * Runs a bounded number of iterations with a fixed number of concurrent workers and a hard
 * deadline. The deadline is hard in both senses: no iteration starts after it, and one still
 * running when it passes is recorded as a `DeadlineError` at that moment instead of being waited
 * for, so a hung target cannot stall the benchmark.
 */
import { DeadlineError, type Stage } from './faults.ts';
import { Laps } from './laps.ts';
import type { Session } from './scenario.ts';

export interface PoolOptions {
  iterations: number;
  concurrency: number;
  /** Milliseconds from the start of the batch. */
  deadlineMs: number;
  /** How the deadline is named in errors (e.g. "the scenario's 120 s deadline"). */
  deadlineLabel?: string;
  now?: () => number;
}

export type Outcome =
  | { index: number; ok: true; durationMs: number; phases: Record<string, number> }
  | { index: number; ok: false; stage: Stage; error: unknown };

export interface PoolResult {
  outcomes: Outcome[];
  wallMs: number;
  /** Iterations never started because the deadline had passed. */
  notStarted: number;
  deadlineHit: boolean;
}

const EXPIRED = Symbol('deadline');

export async function runPool(session: Session<unknown>, options: PoolOptions): Promise<PoolResult> {
  const { iterations, concurrency, deadlineMs } = options;
  if (!Number.isInteger(iterations) || iterations < 0) throw new RangeError(`iterations must be a whole number >= 0, got ${iterations}`);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a whole number >= 1, got ${concurrency}`);
  const now = options.now ?? (() => performance.now());
  const started = now();
  const label = options.deadlineLabel ?? `the batch's ${Math.round(deadlineMs)} ms deadline`;
  let deadlineHit = false;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<typeof EXPIRED>((resolve) => {
    timer = setTimeout(() => resolve(EXPIRED), Math.max(0, deadlineMs));
  });
  expired.then(() => (deadlineHit = true));
  // Checked before each start as well as by the timer: a timer cannot fire between two synchronous starts.
  const beforeDeadline = () => !deadlineHit && now() - started < deadlineMs;

  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async (slot: number) => {
    while (next < iterations && beforeDeadline()) {
      const index = next++;
      outcomes.push(await runOne(session, index, slot, expired, label, now));
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(iterations, 1)) }, (_, slot) => worker(slot)));
  } finally {
    clearTimeout(timer);
  }
  outcomes.sort((a, b) => a.index - b.index);
  return { outcomes, wallMs: now() - started, notStarted: iterations - next, deadlineHit: deadlineHit || next < iterations };
}

async function runOne(
  session: Session<unknown>,
  index: number,
  worker: number,
  expired: Promise<typeof EXPIRED>,
  label: string,
  now: () => number,
): Promise<Outcome> {
  let stage: Stage = 'arrange';
  const work = (async () => {
    const input = await session.arrange({ index, worker });
    stage = 'act';
    const laps = new Laps(now);
    const t0 = now();
    await session.act(input, laps);
    return { durationMs: now() - t0, phases: laps.phases() };
  })();
  // Left behind after a deadline, a late rejection must not become an unhandled one.
  work.catch(() => undefined);
  try {
    const result = await Promise.race([work, expired]);
    if (result === EXPIRED) return { index, ok: false, stage, error: new DeadlineError(label) };
    return { index, ok: true, ...result };
  } catch (error) {
    return { index, ok: false, stage, error };
  }
}
