/**
 * The embedded-widget reference app in headless Chromium: the real Sign-In Widget 7 served from
 * the app (no CDN), flow 3 to the profile page through the interaction-code callback, sign-out,
 * and the negative paths (wrong code, magic link in a browser that did not start the flow,
 * profile without tokens).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createUser, expect, startAppsHarness, type AppsHarness } from './apps-harness.ts';
import { launchChromium, withFreshContext } from './chromium.ts';
import { enterEmailCode, expectProfileOf, requestSignInEmail, storedTokens } from './apps-widget-steps.ts';

let h: AppsHarness;
let browser: Browser;

before(async () => {
  [h, browser] = await Promise.all([startAppsHarness(), launchChromium()]);
});
after(async () => {
  await browser?.close();
  await h?.close();
});

async function withPage(run: (page: Page) => Promise<void>): Promise<void> {
  // The widget must run offline: any request off this machine's loopback fails the test.
  const offLoopback: string[] = [];
  const blockOffLoopback = (context: BrowserContext) =>
    context.route(/^(?!https?:\/\/127\.0\.0\.1[:/])/, (route) => {
      offLoopback.push(route.request().url());
      return route.abort();
    });
  await withFreshContext(
    browser,
    async (page) => {
      await run(page);
      assert.deepEqual(offLoopback, [], 'the widget app requested nothing outside loopback');
    },
    blockOffLoopback,
  );
}

describe('embedded-widget app, flow 3: email-only sign-in', () => {
  test('OTP: the callback exchanges the interaction code and the profile shows the user; sign out forgets the tokens', async () => {
    const user = createUser(h.org, { password: false, email: true });
    await withPage(async (page) => {
      await page.goto(`${h.widgetApp.url}/login`);
      await expect(page).toHaveTitle('Sign in - Embedded widget app');
      const email = await requestSignInEmail(page, h.org, user);
      await enterEmailCode(page, email.otp);
      await expect(page).toHaveURL(`${h.widgetApp.url}/profile`);
      await expectProfileOf(page, user.email);
      const tokens = await storedTokens(page);
      assert.equal(tokens.idToken?.claims.email, user.email, 'the stored ID token is the user\'s');

      await page.goto(`${h.widgetApp.url}/`);
      await expect(page.getByRole('link', { name: 'My profile' }), 'home knows the user is signed in').toBeVisible();
      await page.getByRole('link', { name: 'My profile' }).click();
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page).toHaveURL(`${h.widgetApp.url}/`);
      await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
      assert.equal((await storedTokens(page)).accessToken, undefined, 'sign-out forgets the tokens');
    });
  });

  test('OTP: a wrong code shows the org\'s message in the widget and signs nobody in', async () => {
    const user = createUser(h.org, { password: false, email: true });
    await withPage(async (page) => {
      await page.goto(`${h.widgetApp.url}/login`);
      const email = await requestSignInEmail(page, h.org, user);
      // Only the wrong code: the widget's poll re-renders the form after an error, wiping input.
      await enterEmailCode(page, email.otp === '000000' ? '111111' : '000000');
      await expect(page.getByText('Invalid code. Try again.'), 'the widget shows the wrong-code error').toBeVisible();
      await expect(page).toHaveURL(`${h.widgetApp.url}/login`);
      assert.equal((await storedTokens(page)).idToken, undefined, 'no tokens after a wrong code');
      assert.equal(h.org.store.users.get(user.id)?.lastLogin, null, 'the org recorded no sign-in');
    });
  });

  test('magic link opened in a browser that did not start the flow: the widget says to use the original one', async () => {
    const user = createUser(h.org, { password: false, email: true });
    await withPage(async (page) => {
      await page.goto(`${h.widgetApp.url}/login`);
      const email = await requestSignInEmail(page, h.org, user);
      await withPage(async (elsewhere) => {
        await elsewhere.goto(email.link as string);
        await expect(elsewhere.getByText('Enter the OTP in your original authentication location.')).toBeVisible();
        assert.equal((await storedTokens(elsewhere)).idToken, undefined, 'no sign-in in the other browser');
      });
    });
  });

  test('profile without tokens sends the user to sign in; widget assets come from the app', async () => {
    await withPage(async (page) => {
      await page.goto(`${h.widgetApp.url}/profile`);
      await expect(page).toHaveURL(`${h.widgetApp.url}/login`);
      await expect(page.getByLabel('Username'), 'the widget rendered from local assets').toBeVisible();
    });
    const js = await fetch(`${h.widgetApp.url}/widget/js/okta-sign-in.min.js`, { method: 'GET' });
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type') ?? '', /javascript/);
    const outside = await fetch(`${h.widgetApp.url}/widget/js/..%2F..%2Fpackage.json`);
    assert.notEqual(outside.status, 200, 'nothing outside the widget dist is served');
  });
});
