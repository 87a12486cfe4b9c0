/**
 * The shape of one benchmark. A scenario opens a session on a started target; the harness then
 * calls `arrange` (untimed: a fresh user, a fresh recipient) and `act` (timed) once per iteration,
 * from up to `concurrency` workers at a time.
 */
import type { Laps } from './laps.ts';

export interface IterationContext {
  /** 0-based number of the iteration within its batch (warm-up or measured). */
  index: number;
  /** Which concurrent worker runs it (0..concurrency-1); names test data after it. */
  worker: number;
}

export interface Session<T> {
  /** Untimed per-iteration set-up; keep it cheap, it counts toward wall-clock throughput. */
  arrange(context: IterationContext): Promise<T>;
  /** The timed work. Mark phases on `laps`; throw (a ConformanceError where possible) on failure. */
  act(input: T, laps: Laps): Promise<void>;
  /** Things learnt while starting that the report should carry (limits that may shape the numbers). */
  readonly notes?: string[];
  close(): Promise<void>;
}

export interface Scenario<Target> {
  name: string;
  /** One line: what is measured. */
  summary: string;
  start(target: Target): Promise<Session<unknown>>;
}
