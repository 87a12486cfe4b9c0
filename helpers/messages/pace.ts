/**
 * A per-provider request pace, shared by every reader in one worker: a token bucket that allows a
 * short burst (the fast first polls of a wait) and then a steady rate, so however many tests in a
 * worker poll at once, a provider sees at most `perSecond` requests a second from it. Real
 * providers rate-limit their APIs; a reader that gets a 429 fails a test for nothing.
 */
import { setTimeout as delay } from 'node:timers/promises';

export interface PaceSettings {
  /** Steady requests per second. */
  perSecond: number;
  /** Requests allowed back to back after a quiet spell. */
  burst: number;
}

/**
 * Per worker and provider: a wait's first six polls go out as scheduled (its first 150 ms, see
 * timing.ts), then at most 4 a second. Modest on purpose: a live run's workers share one provider account.
 */
export const DEFAULT_PACE: PaceSettings = { perSecond: 4, burst: 6 };

export class RequestPace {
  private tokens: number;
  private updatedAt: number;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly settings: PaceSettings = DEFAULT_PACE,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = settings.burst;
    this.updatedAt = now();
  }

  /** Resolves when one more request may be sent; callers are served in order. */
  take(): Promise<void> {
    const turn = this.queue.then(() => this.waitForToken());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async waitForToken(): Promise<void> {
    for (;;) {
      const now = this.now();
      this.tokens = Math.min(this.settings.burst, this.tokens + ((now - this.updatedAt) / 1000) * this.settings.perSecond);
      this.updatedAt = now;
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return;
      }
      await delay(Math.ceil(((1 - this.tokens) / this.settings.perSecond) * 1000));
    }
  }
}

/** Wraps `operation` so each call first takes its turn in `pace`. */
export function paced<T>(pace: RequestPace | undefined, operation: () => Promise<T>): () => Promise<T> {
  return async () => {
    await pace?.take();
    return operation();
  };
}
