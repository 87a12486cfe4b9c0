/**
 * The choice helpers read every shape of choice the guides allow (radios, one `<select>`, a button
 * or link per option) by name, and pick one the way a user does, in a real browser.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Locator as TestLocator } from '@playwright/test';
import type { Locator, Page } from 'playwright-core';
import { chooseOption, optionNames } from '../../pages/common/choice.ts';
import { pagesWithContent } from './chromium.ts';

// playwright-core's Locator is the one @playwright/test hands the page objects.
const asTestLocator = (locator: Locator) => locator as unknown as TestLocator;

const FORM = `<form onsubmit="event.preventDefault(); document.title = 'submitted ' + new FormData(this).get('pick')">
  <div id="radios">
    <label><input type="radio" name="pick" value="phone">  Phone
    </label>
    <label><input type="radio" name="pick" value="email">Email "work" \\ home</label>
    <input type="radio" name="pick" value="aria" aria-label="Security key">
    <input type="radio" name="pick" value="Okta Verify">
  </div>
  <select name="pick" id="select"><option value="">Choose one</option><option value="p">Phone</option><option value="e">Email</option></select>
  <div id="buttons"><button type="button" onclick="document.title = 'clicked SMS'">SMS</button><a href="#voice" onclick="document.title = 'clicked Voice call'">Voice call</a></div>
  <button type="submit">Next</button>
</form>`;

const onForm = pagesWithContent(FORM);

const submit = (page: Page) => () => page.getByRole('button', { name: 'Next' }).click();

describe('choices in any shape', () => {
  it('names radios by their label, aria-label, or value, in page order', async () => {
    const names = await onForm((page) => optionNames(asTestLocator(page.locator('#radios input'))));
    assert.deepEqual(names, ['Phone', 'Email "work" \\ home', 'Security key', 'Okta Verify']);
  });

  it("names a <select>'s options without its empty placeholder", async () => {
    assert.deepEqual(await onForm((page) => optionNames(asTestLocator(page.locator('#select')))), ['Phone', 'Email']);
  });

  it('names buttons and links by their text', async () => {
    assert.deepEqual(await onForm((page) => optionNames(asTestLocator(page.locator('#buttons > *')))), ['SMS', 'Voice call']);
  });

  it('checks a radio, then submits', async () => {
    const title = await onForm(async (page) => {
      await chooseOption(asTestLocator(page.getByRole('radio', { name: 'Phone' })), 'Phone', submit(page));
      return page.title();
    });
    assert.equal(title, 'submitted phone');
  });

  it('selects an option by label, then submits', async () => {
    const title = await onForm(async (page) => {
      await page.locator('#radios').evaluate((radios) => radios.remove());
      await chooseOption(asTestLocator(page.locator('#select')), 'Email', submit(page));
      return page.title();
    });
    assert.equal(title, 'submitted e');
  });

  it('clicks a button or link choice, which submits itself', async () => {
    const titles = await onForm(async (page) => {
      const seen: string[] = [];
      for (const name of ['SMS', 'Voice call']) {
        await chooseOption(asTestLocator(page.locator('#buttons > *').filter({ hasText: name })), name, () => Promise.reject(new Error('submit is not for self-submitting choices')));
        seen.push(await page.title());
      }
      return seen;
    });
    assert.deepEqual(titles, ['clicked SMS', 'clicked Voice call']);
  });
});
