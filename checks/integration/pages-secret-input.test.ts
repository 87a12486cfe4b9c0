/**
 * Secrets are typed the way a user types (value, input and change events) without passing through
 * `fill`, into a field shown at once or one still on its way; a field no user could type into is
 * the target's failure, named without the value.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Locator as TestLocator } from '@playwright/test';
import type { Locator } from 'playwright-core';
import { TargetError } from '../../helpers/errors.ts';
import { enterSecret } from '../../pages/common/secret-input.ts';
import { pagesWithContent } from './chromium.ts';

const asTestLocator = (locator: Locator) => locator as unknown as TestLocator;
const SECRET = 'c0rrect-Horse!';

const PAGE = `<label>Code <input id="code"></label>
  <label>Later <input id="later" hidden></label>
  <label>Locked <input id="locked" readonly></label>
  <label>Off <input id="off" disabled></label>
  <script>
    window.seen = [];
    for (const input of document.querySelectorAll('input')) for (const type of ['input', 'change']) input.addEventListener(type, () => seen.push(type + ':' + input.id));
    setTimeout(() => { document.getElementById('later').hidden = false; }, 300);
  </script>`;

const onPage = pagesWithContent(PAGE);

describe('typing a secret', () => {
  it('sets the value with input and change events, as typing does', async () => {
    const seen = await onPage(async (page) => {
      await enterSecret(asTestLocator(page.getByLabel('Code')), SECRET);
      return { value: await page.locator('#code').inputValue(), events: await page.evaluate(() => (window as unknown as { seen: string[] }).seen) };
    });
    assert.deepEqual(seen, { value: SECRET, events: ['input:code', 'change:code'] });
  });

  it('waits for a field that is shown a moment later', async () => {
    const value = await onPage(async (page) => {
      await enterSecret(asTestLocator(page.getByLabel('Later')), SECRET);
      return page.locator('#later').inputValue();
    });
    assert.equal(value, SECRET);
  });

  for (const [label, why] of [['Locked', 'the field is read-only'], ['Off', 'focus did not land on a text field']] as const) {
    it(`refuses a field no user could type into (${label}), without the value`, async () => {
      const error = await onPage((page) => enterSecret(asTestLocator(page.getByLabel(label)), SECRET).then(() => undefined, (e: unknown) => e));
      assert.ok(error instanceof TargetError, `expected a TargetError, got ${String(error)}`);
      assert.match(error.message, new RegExp(why));
      assert.doesNotMatch(error.message, new RegExp(SECRET.replace(/[!]/g, '\\$&')));
    });
  }
});
