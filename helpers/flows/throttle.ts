/**
 * Waiting out Okta's resend throttles by watching the clock toward a deadline (the event we wait
 * for is "the throttle window has passed"), so a resend is never refused with E0000109.
 */
import { setTimeout as delay } from 'node:timers/promises';

/** One SMS per number per 30 s, plus a margin for clock differences between us and the org. */
export const SMS_RESEND_AFTER_MS = 31_000;

export async function waitUntil(moment: Date, now: () => number = Date.now): Promise<void> {
  for (let remaining = moment.getTime() - now(); remaining > 0; remaining = moment.getTime() - now()) {
    await delay(Math.min(remaining, 1_000));
  }
}
