/**
 * Entering secrets without writing them into reports. Since Playwright 1.52 the step title of
 * `locator.fill(value)` is `Fill "<value>"` and that of `page.goto(url)` is `Navigate <url>`, and
 * the HTML report keeps every step title: a password, a one-time code or a magic-link token typed
 * that way ends up in the report. These helpers reach the same outcome through `evaluate`, whose
 * step title carries no arguments. (Opt-in traces still record arguments; see the README.)
 */
import type { Locator, Page } from '@playwright/test';
import { TargetError } from '../../helpers/errors.ts';

/**
 * Puts `value` into a text field the way typing does: focus, value, input and change events. The
 * field is focused through Playwright's own selector engine; the value is then set on the focused
 * element by a page-level evaluate. A locator's `evaluate` would cost the page a second copy of
 * Playwright's selector engine (~30 ms per page) and a click ~40 ms more; a field the user could
 * not type into (disabled or read-only) fails here, as `fill` would. A field shown at once takes two
 * round trips; one still on its way (focus does not land while it is hidden) is waited for, visible.
 */
export async function enterSecret(field: Locator, value: string): Promise<void> {
  await field.focus();
  let refused = await setFocusedValue(field.page(), value);
  if (refused === NOT_FOCUSED) {
    await field.waitFor({ state: 'visible' });
    await field.focus();
    refused = await setFocusedValue(field.page(), value);
  }
  if (refused) {
    throw new TargetError('A field the flow types into does not take input', {
      expected: `an editable text field at ${field.toString()}`,
      seen: refused,
      hint: 'The app must let the user type here at this step of the guide; check that the field is enabled once the page is shown.',
    });
  }
}

const NOT_FOCUSED = 'focus did not land on a text field';

/** Sets the focused field's value; says why not when it cannot (never the value itself). */
function setFocusedValue(page: Page, secret: string): Promise<string | undefined> {
  return page.evaluate(
    ([value, notFocused]) => {
      const input = document.activeElement;
      if (!(input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement)) return notFocused;
      if (input.disabled || input.readOnly) return `the field is ${input.disabled ? 'disabled' : 'read-only'}`;
      // The prototype's setter, so frameworks that track the value (React, Backbone views) see it.
      const proto = input instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
      const setValue = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
      if (setValue) setValue.call(input, value);
      else input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return undefined;
    },
    [secret, NOT_FOCUSED] as const,
  );
}

/** Follows a link that carries a token (a magic link), as a click in a mail client would. */
export async function openSecretLink(page: Page, url: string): Promise<void> {
  const committed = page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame());
  await page.evaluate((target) => {
    window.location.assign(target);
  }, url);
  await committed;
  await page.waitForLoadState('load');
}
