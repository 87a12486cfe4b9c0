/**
 * Headless Chromium for the integration tests: the browser `npm run setup` chose (Playwright's own,
 * Debian's, or the unpacked @sparticuz/chromium), launched the way the suite launches it, and fresh
 * contexts that are closed however a test ends.
 */
import { after, before } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chosenBrowser } from '../../helpers/browser/choice.ts';

export function launchChromium(): Promise<Browser> {
  const choice = chosenBrowser();
  return chromium.launch({ executablePath: choice.executablePath, args: choice.args, env: choice.env });
}

/**
 * Runs `run` in a new context (a browser of its own: no cookies or storage from other tests).
 * `prepare` sees the context before its first page opens, e.g. to route requests.
 */
export async function withFreshContext<T>(
  browser: Browser,
  run: (page: Page, context: BrowserContext) => Promise<T>,
  prepare?: (context: BrowserContext) => Promise<unknown>,
): Promise<T> {
  const context = await browser.newContext();
  try {
    await prepare?.(context);
    return await run(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

/**
 * One browser for a test file's page-level checks: launched before its tests, closed after them.
 * The returned function runs `run` on a fresh page showing `html`.
 */
export function pagesWithContent(html: string): <T>(run: (page: Page) => Promise<T>) => Promise<T> {
  let browser: Browser | undefined;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });
  return (run) =>
    withFreshContext(browser!, async (page) => {
      await page.setContent(html);
      return run(page);
    });
}
