/**
 * The bare flows the suite's overhead is measured against: the same clicks as the smoke specs of
 * flows 1 and 3 (from the app's home page to the page that shows the signed-in user), written
 * straight against Playwright with no fixtures, page objects, driver, evidence checks or
 * annotations. What the suite adds beyond these clicks (waiting for each page by name, checking
 * what is offered and that nothing else is, the org's evidence) is the overhead being measured. Each test loops its flow in one worker (a fresh context and a
 * fresh user per iteration, created and removed through the same Management API client) and
 * records every iteration's time as a `bare-iteration` annotation, which `npm run bench` reads.
 * Not part of the conformance suite: run only by the bench (`bench/bare/playwright.config.ts`).
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { reduceWidgetMotion } from '../../helpers/browser/motion.ts';
import { loadConfig } from '../../helpers/config/index.ts';
import { createEmailReader, createMessageClients, createSmsReader } from '../../helpers/messages/readers.ts';
import { newRunId, strongPassword } from '../../helpers/naming.ts';
import { createOktaAdmin } from '../../helpers/okta/admin-client.ts';
import { groupIdByName } from '../../helpers/okta/groups.ts';
import { createUser, deleteUser } from '../../helpers/okta/users.ts';
import { SecretRegistry } from '../../helpers/secrets.ts';
import { BARE_ITERATIONS } from './iterations.ts';

const config = loadConfig();
const admin = createOktaAdmin({ orgUrl: config.okta.orgUrl, apiToken: config.okta.apiToken });
const clients = createMessageClients(config);
const secrets = new SecretRegistry(config.stateDir);
const runId = newRunId();

async function timed(browser: Browser, flow: (page: Page, i: number) => Promise<void>, i: number): Promise<number> {
  const started = performance.now();
  // The same browser settings as the suite's contexts (reduced motion, for the widget too), so the
  // ratio measures what the suite adds, not a difference in how long the widget animates.
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  await reduceWidgetMotion(context);
  try {
    await flow(await context.newPage(), i);
  } finally {
    await context.close();
  }
  return performance.now() - started;
}

async function loop(browser: Browser, flow: (page: Page, i: number) => Promise<void>): Promise<void> {
  for (let i = 0; i < BARE_ITERATIONS; i++) {
    const ms = await timed(browser, flow, i);
    test.info().annotations.push({ type: 'bare-iteration', description: String(Math.round(ms)) });
  }
}

const login = (i: number) => `${config.testUserPrefix}-${runId}-bare${i}@${config.mailosaur.emailDomain}`;

test('bare flow 1: a password user enrolls a phone by SMS and is signed in', async ({ browser }) => {
  test.setTimeout(BARE_ITERATIONS * 30_000);
  const sms = createSmsReader(clients, config, secrets);
  // Copies of this loop in other workers (--repeat-each) take turns with the numbers, so no two
  // workers text one number at once (the org's throttle and the reader would mix them up).
  const { parallelIndex, config: run } = test.info();
  const phoneOf = (i: number) => config.sms.numbers[(i * run.workers + parallelIndex) % config.sms.numbers.length]!;
  await loop(browser, async (page, i) => {
    const password = secrets.add('password', strongPassword());
    const user = await createUser(admin, { login: login(i), firstName: 'Bare', lastName: 'Flow1', password });
    try {
      const phone = phoneOf(i);
      await page.goto(`${config.sdkApp.url}/`);
      await page.getByRole('link', { name: 'Sign in' }).click();
      await page.getByLabel('Username').fill(user.login);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('radio', { name: 'Phone' }).check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByLabel('Phone number').fill(phone);
      const message = await sms.expectSms(phone, () => page.getByRole('button', { name: 'Send code' }).click());
      await page.getByLabel('Verification code').fill(message.otp());
      await page.getByRole('button', { name: 'Verify' }).click();
      await page.getByRole('link', { name: 'My profile' }).click();
      await expect(page.getByRole('table', { name: 'Profile claims' })).toBeVisible();
    } finally {
      await deleteUser(admin, user.id);
    }
  });
});

test('bare flow 3: an email-only user signs in with the emailed code in the widget', async ({ browser }) => {
  test.setTimeout(BARE_ITERATIONS * 30_000);
  const inbox = createEmailReader(clients, config, secrets);
  const group = await groupIdByName(admin, config.passwordOptionalGroup, 'PASSWORD_OPTIONAL_GROUP');
  await loop(browser, async (page, i) => {
    const user = await createUser(admin, { login: login(100 + i), firstName: 'Bare', lastName: 'Flow3', emailFactor: true, groupIds: [group] });
    try {
      await page.goto(`${config.widgetApp.url}/`);
      await page.getByRole('link', { name: 'Sign in' }).click();
      await page.getByLabel('Username').fill(user.login);
      await page.getByRole('button', { name: 'Next' }).click();
      const email = await inbox.expectEmail(user.email, () => page.getByRole('button', { name: 'Send me an email' }).click());
      await page.getByRole('button', { name: 'Enter a verification code instead' }).click();
      await page.getByLabel('Enter Code').fill(email.otp());
      await page.getByRole('button', { name: 'Verify' }).click();
      await expect(page.getByRole('heading', { name: 'My profile' })).toBeVisible();
    } finally {
      await deleteUser(admin, user.id);
    }
  });
});
