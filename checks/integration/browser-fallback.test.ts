import assert from 'node:assert/strict';
import path from 'node:path';
import { it } from 'node:test';
import { chromium } from 'playwright-core';
import { PROJECT_ROOT } from '../../helpers/config/index.ts';
import { unpackSparticuz } from '../../helpers/browser/provision.ts';

// The last resort when neither Playwright's nor Debian's Chromium is there: it must unpack under
// the project's cache (not /tmp) and be drivable by Playwright on this kind of machine.
it('the Chromium from @sparticuz/chromium unpacks under .cache and renders a page', { timeout: 120_000 }, async () => {
  const lines: string[] = [];
  const choice = await unpackSparticuz((line) => lines.push(line));
  assert.ok(choice, 'the optional dependency is installed and unpacks');
  assert.equal(choice.source, 'sparticuz');
  assert.ok(choice.executablePath.startsWith(path.join(PROJECT_ROOT, '.cache')), `unpacked under the project's cache, not /tmp (${choice.executablePath})`);
  const browser = await chromium.launch({ executablePath: choice.executablePath, args: choice.args, env: choice.env });
  try {
    const page = await browser.newPage();
    await page.setContent('<main><h1>Rendered offline</h1></main>');
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Rendered offline');
  } finally {
    await browser.close();
  }
});
