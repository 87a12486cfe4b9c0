/**
 * A failure screenshot with every input field masked: a code typed into a page is pixels, which no
 * redaction can reach. Generic on purpose (every field of any app), so it needs no locator table entry.
 */
import type { Page } from '@playwright/test';

const FIELDS = 'input, textarea, select, [contenteditable="true"]';

export async function maskedScreenshot(page: Page): Promise<Buffer | undefined> {
  if (page.isClosed()) return undefined;
  return page.screenshot({ fullPage: true, mask: [page.locator(FIELDS)], timeout: 5_000 }).catch(() => undefined);
}
