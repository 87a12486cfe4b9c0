import { test } from '@playwright/test';

/** Wrong codes for negative paths: guaranteed to differ from the real one in every digit. */
export function wrongCodeFor(code: string): string {
  return code.replace(/[0-9]/g, (digit) => String((Number(digit) + 5) % 10));
}

/**
 * Margin beyond the lifetime: the org's check and the local clock are a request apart. The wait
 * starts when the code is already in hand, later than the org issued it, so the margin only has
 * to cover the clocks' difference (NTP keeps it well under a second).
 */
const EXPIRY_MARGIN_MS = 2_000;

/** Longest code lifetime the expiry spec waits out; beyond it the spec is skipped with the reason. */
export const MAX_EXPIRY_WAIT_MS = 15 * 60_000;

/**
 * Waits until a code that arrived at `arrivedAt` (local epoch ms) has outlived `lifetimeMs`.
 * Expiry is a matter of time alone: neither the page nor the org announces it, so this is the one
 * wait in the suite measured in time, derived from the org's own setting. Only durations count
 * (the code was created before it arrived), so clock skew between the org and here does not. The
 * test's time budget grows by exactly the wait, so the rest of the test keeps its usual budget.
 */
export async function waitUntilCodeExpired(arrivedAt: number, lifetimeMs: number): Promise<void> {
  const remaining = Math.max(0, arrivedAt + lifetimeMs + EXPIRY_MARGIN_MS - Date.now());
  const info = test.info();
  if (info.timeout > 0) info.setTimeout(info.timeout + remaining);
  await test.step(`Wait until the code has expired (lifetime ${Math.round(lifetimeMs / 1000)} s)`, async () => {
    await new Promise((resolve) => setTimeout(resolve, remaining));
  });
}
