/**
 * A Management API budget read from the org's own answers. Every response carries
 * `X-Rate-Limit-Limit`, `-Remaining` and `-Reset` (epoch seconds) for its endpoint's bucket; when
 * a bucket is nearly spent, the next request waits for the reset instead of spending the rest and
 * failing on a 429. The org counts for every client at once, so parallel workers (and anyone else
 * using the token) see the same remaining figure: the budget is shared because it lives in the org.
 */
import { setTimeout as delay } from 'node:timers/promises';

interface Bucket {
  limit: number;
  remaining: number;
  /** Epoch milliseconds at which the org refills the bucket. */
  resetAt: number;
}

/** Keep this share of a bucket (at least 2 requests) for teardown: deleting users must not be starved. */
const RESERVE_SHARE = 0.05;

export class RateBudget {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Waits until a request to `url` fits the budget the org last announced for its bucket. */
  async beforeRequest(url: string): Promise<void> {
    const bucket = this.buckets.get(bucketOf(url));
    if (!bucket) return;
    const reserve = Math.max(2, Math.ceil(bucket.limit * RESERVE_SHARE));
    const wait = bucket.resetAt - this.now();
    if (bucket.remaining > reserve || wait <= 0) return;
    // Spend the wait once: whoever waits first refreshes the bucket's figures when it answers.
    await delay(wait + 250);
  }

  /** Records the org's figures from a response. */
  observe(url: string, headers: { get(name: string): string | null }): void {
    const limit = Number(headers.get('x-rate-limit-limit'));
    const remaining = Number(headers.get('x-rate-limit-remaining'));
    const reset = Number(headers.get('x-rate-limit-reset'));
    if (!Number.isFinite(limit) || !Number.isFinite(remaining) || !Number.isFinite(reset) || limit <= 0) return;
    this.buckets.set(bucketOf(url), { limit, remaining, resetAt: reset * 1000 });
  }
}

/** Okta's limits are per endpoint family: `/api/v1/users...` share one bucket, `/api/v1/logs` another. */
export function bucketOf(url: string): string {
  const { pathname } = new URL(url);
  return pathname.split('/').slice(0, 4).join('/');
}
