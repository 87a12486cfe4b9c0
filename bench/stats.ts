/**
 * Latency statistics for benchmark samples. Pure and dependency-free so it can be tested exactly.
 *
 * Percentiles use the nearest-rank method: the reported value is always one that was really
 * measured (no interpolation inventing a latency nobody saw), which is what you want when a p95
 * is compared against a budget.
 */

export interface LatencySummary {
  count: number;
  min: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

/** The p-th percentile (0..100) of samples already sorted ascending, by nearest rank. */
export function percentile(sortedAscending: readonly number[], p: number): number {
  if (sortedAscending.length === 0) throw new RangeError('percentile() of no samples: check count before asking for a percentile');
  if (!Number.isFinite(p) || p < 0 || p > 100) throw new RangeError(`percentile must be within 0..100, got ${p}`);
  const rank = Math.max(1, Math.ceil((p / 100) * sortedAscending.length));
  return sortedAscending[rank - 1]!;
}

/** Summary of latency samples in milliseconds; undefined when there are none. */
export function summarize(samples: readonly number[]): LatencySummary | undefined {
  const bad = samples.find((s) => !Number.isFinite(s) || s < 0);
  if (bad !== undefined) throw new RangeError(`latency samples must be finite and >= 0, got ${bad}`);
  if (samples.length === 0) return undefined;
  const sorted = [...samples].sort((a, b) => a - b);
  const total = sorted.reduce((sum, s) => sum + s, 0);
  return {
    count: sorted.length,
    min: sorted[0]!,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1]!,
    mean: total / sorted.length,
  };
}

/** Completed operations per second of wall-clock time (0 when nothing ran). */
export function throughputPerSecond(completed: number, wallMs: number): number {
  if (!Number.isFinite(wallMs) || wallMs < 0) throw new RangeError(`wall time must be finite and >= 0, got ${wallMs}`);
  if (completed === 0 || wallMs === 0) return 0;
  return completed / (wallMs / 1000);
}

/** Summaries of named phases (e.g. create / deactivate / delete), in first-seen order. */
export function summarizePhases(perIteration: readonly Record<string, number>[]): Record<string, LatencySummary> {
  const byName = new Map<string, number[]>();
  for (const phases of perIteration) {
    for (const [name, ms] of Object.entries(phases)) {
      const list = byName.get(name) ?? [];
      list.push(ms);
      byName.set(name, list);
    }
  }
  return Object.fromEntries([...byName].map(([name, samples]) => [name, summarize(samples)!]));
}
