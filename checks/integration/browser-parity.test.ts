/**
 * The setup prefers headless shells because they are lighter; this proves the lighter build costs
 * nothing in faithfulness. Every Chromium build on the machine (Playwright's headless shell or full
 * build, the @sparticuz/chromium headless shell once unpacked, Debian's package) runs flow 3 in the
 * real Sign-In Widget and flow 1 in the embedded-SDK app, and each records what a person sees at
 * every step (title, path, heading). The transcripts must be identical across builds, and every
 * build must sign the user in.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chromium, type Page } from 'playwright-core';
import { type BrowserChoice, describeChoice, installedBrowsers } from '../../helpers/browser/choice.ts';
import { createUser, expect, MESSAGE_WAIT_MS, startAppsHarness, testPhoneNumber, type AppsHarness } from './apps-harness.ts';
import { withFreshContext } from './chromium.ts';
import { enterEmailCode, expectProfileOf, requestSignInEmail } from './apps-widget-steps.ts';

let h: AppsHarness;
before(async () => {
  h = await startAppsHarness();
});
after(async () => {
  await h?.close();
});

async function seen(page: Page, transcript: string[]): Promise<void> {
  await page.waitForLoadState('load');
  const heading = await page.getByRole('heading', { level: 1 }).first().textContent({ timeout: 5_000 }).catch(() => '(no h1)');
  transcript.push(`${await page.title()} | ${new URL(page.url()).pathname} | ${heading?.trim()}`);
}

async function flow3(page: Page, transcript: string[]): Promise<void> {
  const user = createUser(h.org, { password: false, email: true });
  await page.goto(`${h.widgetApp.url}/login`);
  await seen(page, transcript);
  const email = await requestSignInEmail(page, h.org, user);
  await expect(page.getByLabel('Enter Code').or(page.getByRole('button', { name: 'Enter a verification code instead' })).first()).toBeVisible();
  transcript.push(`widget: ${await page.locator('[data-se="o-form-head"]').first().textContent()}`);
  await enterEmailCode(page, email.otp);
  await expect(page).toHaveURL(`${h.widgetApp.url}/profile`);
  await expectProfileOf(page, user.email);
  await seen(page, transcript);
}

async function flow1(page: Page, transcript: string[]): Promise<void> {
  const phone = testPhoneNumber();
  const user = createUser(h.org, { password: true, phone });
  await page.goto(`${h.sdkApp.url}/login`);
  await seen(page, transcript);
  const since = h.org.clock.now();
  await page.getByLabel('Username').fill(user.login);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: /verification code|Select an authenticator/ })).toBeVisible();
  await seen(page, transcript);
  if (await page.getByRole('radio', { name: 'Phone' }).isVisible()) {
    await page.getByRole('radio', { name: 'Phone' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await seen(page, transcript);
  }
  const sms = await h.org.outbox.waitFor({ kind: 'sms', to: phone, since }, MESSAGE_WAIT_MS);
  await page.getByLabel('Verification code').fill(sms.otp);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('heading', { name: 'Home' })).toBeVisible();
  await seen(page, transcript);
}

async function transcriptOn(choice: BrowserChoice): Promise<string[]> {
  const browser = await chromium.launch({ executablePath: choice.executablePath, args: choice.args, env: choice.env });
  const transcript: string[] = [];
  try {
    await withFreshContext(browser, (page) => flow3(page, transcript));
    await withFreshContext(browser, (page) => flow1(page, transcript));
  } finally {
    await browser.close();
  }
  return transcript;
}

test('every Chromium build on this machine shows the same pages through flows 1 and 3', { timeout: 240_000 }, async (t) => {
  const builds = installedBrowsers();
  assert.ok(builds.length > 0, 'at least one Chromium build is installed (run npm run setup)');
  const transcripts = new Map<string, string[]>();
  // One build at a time: two Chromiums side by side on a small machine only measure contention.
  for (const build of builds) transcripts.set(describeChoice(build), await transcriptOn(build));
  const [reference, ...others] = [...transcripts.entries()];
  t.diagnostic(`builds compared: ${[...transcripts.keys()].join('; ')}`);
  t.diagnostic(`pages seen: ${reference[1].join(' -> ')}`);
  for (const [name, transcript] of others) assert.deepEqual(transcript, reference[1], `${name} saw the same pages as ${reference[0]}`);
});
