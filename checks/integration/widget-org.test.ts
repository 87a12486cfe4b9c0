/**
 * Issue 3's acceptance for the Sign-In Widget: the real widget 7 (its bundled auth-js 7, legacy
 * mode) in headless Chromium completes, against the emulated org, flow 3 by OTP, flow 3 by a magic
 * link opened in a second tab of the same browser, and flow 2 (password recovery by email) when
 * hosted with the embedded-SDK app's client id.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { SANDBOX_IDS } from '../../helpers/config/sandbox-target.ts';
import { createUser, expect, MESSAGE_WAIT_MS, startAppsHarness, type AppsHarness, type TestUser } from './apps-harness.ts';
import { launchChromium, withFreshContext } from './chromium.ts';
import { enterEmailCode, expectProfileOf, reachEmailChallenge, requestSignInEmail, storedTokens } from './apps-widget-steps.ts';

let browser: Browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

describe('widget against the org: flow 3 (email only)', () => {
  let h: AppsHarness;
  before(async () => {
    h = await startAppsHarness();
  });
  after(async () => {
    await h?.close();
  });

  test('OTP typed in the widget signs the user in with a verified ID token', async () => {
    const user = createUser(h.org, { password: false, email: true });
    await withFreshContext(browser, async (page) => {
      await page.goto(`${h.widgetApp.url}/login`);
      const email = await requestSignInEmail(page, h.org, user);
      await enterEmailCode(page, email.otp);
      await expectProfileOf(page, user.email);
      const { idToken } = await storedTokens(page);
      assert.equal(idToken?.claims.sub, user.id, 'the ID token is issued to the user');
      assert.equal(idToken?.claims.iss, h.issuer);
      assert.equal(idToken?.claims.aud, SANDBOX_IDS.widgetClientId);
      assert.notEqual(h.org.store.users.get(user.id)?.lastLogin, null, 'the org recorded the sign-in');
    });
  });

  test('magic link in a second tab signs in there; the first tab learns the flow moved on', async () => {
    const user = createUser(h.org, { password: false, email: true });
    await withFreshContext(browser, async (first, context) => {
      await first.goto(`${h.widgetApp.url}/login`);
      const email = await requestSignInEmail(first, h.org, user);
      assert.ok(email.link, 'the email has a magic link');

      const second = await context.newPage();
      await second.goto(email.link);
      await expectProfileOf(second, user.email);
      assert.equal((await storedTokens(second)).idToken?.claims.sub, user.id);

      await first.bringToFront();
      await expect(first.getByText('Flow continued in a new tab.'), 'the polling tab shows the transfer').toBeVisible();
    });
  });
});

describe('widget against the org: flow 2 (recovery by email) with the embedded-SDK app\'s client', () => {
  let h: AppsHarness;
  before(async () => {
    // The widget app hosts the SDK app's client; the org registers the widget app's URL for it.
    h = await startAppsHarness({ widgetClientId: SANDBOX_IDS.sdkClientId, widgetRegisteredAs: 'sdkApp' });
  });
  after(async () => {
    await h?.close();
  });

  /** Forgot password → identify → Email → the code from the recovery email: the reset form. */
  async function reachResetForm(page: Page, user: TestUser): Promise<void> {
    await page.goto(`${h.widgetApp.url}/login`);
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
    await page.getByLabel('Email or Username').fill(user.login);
    await page.getByRole('button', { name: 'Next' }).click();
    const sentAfter = h.org.clock.now();
    await page.getByRole('link', { name: /^Select Email/ }).click();
    await reachEmailChallenge(page);
    const email = await h.org.outbox.waitFor({ kind: 'email', to: user.email, since: sentAfter }, MESSAGE_WAIT_MS);
    assert.equal(email.template, 'ForgotPassword', 'the org sends the recovery email');
    await enterEmailCode(page, email.otp);
    await expect(page.getByRole('listitem').filter({ hasText: 'At least 8 characters' }), 'the widget lists the org\'s policy').toBeVisible();
  }

  /** Method and path of every IDX/OAuth request the page sends (no bodies: they hold secrets). */
  function recordIdxRequests(page: Page): string[] {
    const sent: string[] = [];
    page.on('request', (r) => {
      const { pathname } = new URL(r.url());
      if (pathname.includes('/idp/') || pathname.includes('/oauth2/')) sent.push(`${r.method()} ${pathname}`);
    });
    return sent;
  }

  async function widgetText(page: Page): Promise<string> {
    const text = await page.locator('#okta-signin-widget-container').innerText().catch(() => '(no widget)');
    return text.replace(/\s+/g, ' ').slice(0, 400);
  }

  /**
   * The widget focuses the form's first field again about 50-100 ms after rendering it (a debounced
   * autofocus, scheduled once per render). When that lands between Playwright focusing "Re-enter
   * password" and inserting the text, the text goes into "New password" instead (seen: the first
   * field holding the password twice, the second empty, the widget's "passwords must match"). So
   * the fields are typed until both hold the password, as a person would retype, then submitted.
   */
  async function submitNewPassword(page: Page, password: string): Promise<void> {
    const fields = [page.getByLabel('New password'), page.getByLabel('Re-enter password')];
    await expect(async () => {
      for (const field of fields) await field.fill(password);
      for (const field of fields) assert.ok((await field.inputValue()) === password, 'both password fields hold the new password');
    }, 'the new password is typed into both fields').toPass({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Reset Password' }).click();
  }

  test('Forgot password → email code → new password → signed in with it', async () => {
    const user = createUser(h.org, { password: true, email: true });
    await withFreshContext(browser, async (page) => {
      const sent = recordIdxRequests(page);
      await reachResetForm(page, user);
      const newPassword = `Widget-${user.password}`;
      await submitNewPassword(page, newPassword);
      await expectProfileOf(page, user.email).catch(async (error: Error) => {
        throw new Error(`${error.message}\nIDX requests sent: ${sent.join(', ')}\nwidget shows: ${await widgetText(page)}\nat: ${new URL(page.url()).pathname}`);
      });
      assert.ok(h.org.store.users.verifyPassword(user.id, newPassword), 'the org has the new password');
    });
  });

  // A separate transaction: after an error the widget can drop a submit made while it is still
  // settling, which would make a combined test flaky without telling anything about the org.
  test('a new password that breaks the policy (history) is rejected by the org with its message', async () => {
    const user = createUser(h.org, { password: true, email: true });
    await withFreshContext(browser, async (page) => {
      const sent = recordIdxRequests(page);
      await reachResetForm(page, user);
      const answered = page
        .waitForResponse((r) => r.url().endsWith('/idp/idx/challenge/answer') && r.request().method() === 'POST')
        .catch(async (error: Error) => {
          throw new Error(`${error.message}\nIDX requests sent: ${sent.join(', ')}\nwidget shows: ${await widgetText(page)}`);
        });
      // The current password meets every rule the widget can check itself; only the org knows the
      // history, so the rejection is the org's, whatever the widget validates client-side.
      await submitNewPassword(page, user.password);
      assert.equal((await answered).status(), 400, 'the org rejects a password that breaks its policy');
      await expect(page.getByText('Password requirements were not met'), 'the policy message is shown').toBeVisible();
      assert.ok(h.org.store.users.verifyPassword(user.id, user.password), 'the old password still works');
    });
  });
});
