/**
 * Okta-style API rate limits: a fixed window per bucket (one minute by default), limits from the
 * org configuration, and the `X-Rate-Limit-*` headers on every response. The SDK waits until
 * `X-Rate-Limit-Reset` (epoch seconds) measured against the `Date` header, so both come from the
 * same clock.
 */
import type { Clock } from '../../lib/service.ts';
import type { OrgConfig } from '../config/index.ts';

export interface RateLimitResult {
  allowed: boolean;
  headers: Record<string, string>;
}

export interface RateLimiter {
  /** Count one request against `bucket` if it has room. */
  take(bucket: string): RateLimitResult;
  /** The bucket's headers without counting (for requests refused before they count, e.g. bad token). */
  peek(bucket: string): RateLimitResult;
}

export function createRateLimiter(config: OrgConfig, clock: Clock): RateLimiter {
  const used = new Map<string, { windowStart: number; count: number }>();
  const state = (bucket: string) => {
    const windowMs = config.throttles.api.windowSeconds * 1000;
    const windowStart = Math.floor(clock.now() / windowMs) * windowMs;
    let entry = used.get(bucket);
    if (!entry || entry.windowStart !== windowStart) used.set(bucket, (entry = { windowStart, count: 0 }));
    const limit = config.throttles.api.perWindow[bucket] ?? config.throttles.api.defaultPerWindow;
    return { entry, limit, resetSeconds: Math.ceil((windowStart + windowMs) / 1000) };
  };
  const result = (allowed: boolean, limit: number, count: number, resetSeconds: number): RateLimitResult => ({
    allowed,
    headers: {
      'X-Rate-Limit-Limit': String(limit),
      'X-Rate-Limit-Remaining': String(Math.max(0, limit - count)),
      'X-Rate-Limit-Reset': String(resetSeconds),
    },
  });
  return {
    take(bucket) {
      const { entry, limit, resetSeconds } = state(bucket);
      const allowed = entry.count < limit;
      if (allowed) entry.count += 1;
      return result(allowed, limit, entry.count, resetSeconds);
    },
    peek(bucket) {
      const { entry, limit, resetSeconds } = state(bucket);
      return result(entry.count < limit, limit, entry.count, resetSeconds);
    },
  };
}
