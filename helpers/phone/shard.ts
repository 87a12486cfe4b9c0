/**
 * Phone numbers partitioned per shard: machines of a sharded run share no lock directory, so each
 * shard takes its own slice of the pool (every n-th number, starting at its index) and no two
 * machines ever lease the same number. A slice without a number stops the run at once.
 */
import { ConfigError } from '../errors.ts';

export interface Shard {
  index: number;
  total: number;
}

/** `"2/4"` → shard 2 of 4; anything else is a config error naming the setting. */
export function parseShard(raw: string | undefined, setting = 'CONFORMANCE_SHARD'): Shard | undefined {
  if (!raw?.trim()) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(raw.trim());
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || total < 1 || index < 1 || index > total) {
    throw new ConfigError([`${setting} is "${raw}": use "<index>/<total>" with 1 ≤ index ≤ total, the same value as --shard (e.g. 2/4)`]);
  }
  return { index, total };
}

export function numbersForShard(numbers: readonly string[], shard: Shard | undefined, setting: string): string[] {
  if (!shard || shard.total === 1) return [...numbers];
  const slice = numbers.filter((_, i) => i % shard.total === shard.index - 1);
  if (slice.length === 0) {
    throw new ConfigError([
      `${setting} has ${numbers.length} number(s), too few for ${shard.total} shards: shard ${shard.index}/${shard.total} gets none. ` +
        `Add numbers (at least ${shard.total} × workers per shard) or run fewer shards.`,
    ]);
  }
  return slice;
}
