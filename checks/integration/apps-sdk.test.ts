/**
 * The embedded-SDK reference app driven in headless Chromium against an in-process org: flows 1
 * (new phone, enrolled phone) and 2 (email code, magic link) to the signed-in home page with the
 * right user, and the negative paths a person can reach from its pages.
 */
import { after, before, describe, test } from 'node:test';
import { ManualClock } from '../../sandbox/lib/service.ts';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { createUser, expect, MESSAGE_WAIT_MS, startAppsHarness, testPhoneNumber, type AppsHarness, type TestUser } from './apps-harness.ts';
import { launchChromium, withFreshContext } from './chromium.ts';

let h: AppsHarness;
let browser: Browser;

before(async () => {
  [h, browser] = await Promise.all([startAppsHarness(), launchChromium()]);
});
after(async () => {
  await browser?.close();
  await h?.close();
});

/** Click a control that submits a form and wait until the resulting page has loaded. */
async function submit(page: Page, control: Locator): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), control.click()]);
}

function withPage<T>(run: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  return withFreshContext(browser, run);
}

async function signInWithPassword(page: Page, user: TestUser, password = user.password): Promise<void> {
  await page.goto(`${h.sdkApp.url}/login`);
  await page.getByLabel('Username').fill(user.login);
  await page.getByLabel('Password').fill(password);
  await submit(page, page.getByRole('button', { name: 'Sign in' }));
}

async function choose(page: Page, authenticator: 'Phone' | 'Email'): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Select an authenticator' }), 'authenticator list is shown').toBeVisible();
  await page.getByRole('radio', { name: authenticator }).check();
  await submit(page, page.getByRole('button', { name: 'Continue' }));
}

async function enterCode(page: Page, code: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Enter verification code' }), 'code page is shown').toBeVisible();
  await page.getByLabel('Verification code').fill(code);
  await submit(page, page.getByRole('button', { name: 'Verify' }));
}

async function expectSignedInAs(page: Page, user: TestUser): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Home' }), 'home page after sign-in').toBeVisible();
  await expect(page.getByText(`Welcome, ${user.name}`), 'welcome names the user from userinfo').toBeVisible();
  await page.getByRole('link', { name: 'My profile' }).click();
  await expect(page).toHaveTitle('My profile - Embedded SDK app');
  const email = page.getByRole('row', { name: /^Email/ }).getByRole('cell');
  await expect(email, 'profile shows the signed-in user').toHaveText(user.email);
  await expect(page.getByRole('row', { name: /^Username/ }).getByRole('cell')).toHaveText(user.login);
}

async function expectSignedOut(page: Page): Promise<void> {
  await page.goto(`${h.sdkApp.url}/profile`);
  await expect(page, 'no session: /profile sends the user to /login').toHaveURL(`${h.sdkApp.url}/login`);
}

function wrongCode(real: string): string {
  return real === '000000' ? '111111' : '000000';
}

describe('embedded-SDK app, flow 1: password and phone', () => {
  test('new phone: number checks, wrong code, then signed in with the profile from userinfo; sign out ends it', async () => {
    const user = createUser(h.org);
    const phone = testPhoneNumber();
    await withPage(async (page) => {
      await signInWithPassword(page, user);
      await choose(page, 'Phone');
      await expect(page.getByRole('heading', { name: 'Set up phone authentication' })).toBeVisible();
      await expect(page).toHaveTitle('Set up phone authentication - Embedded SDK app');

      await page.getByLabel('Phone number').fill('555 555 0100');
      await submit(page, page.getByRole('button', { name: 'Send code' }));
      await expect(page.getByRole('alert'), 'the app asks for the + format').toContainText('+ format');

      await page.getByLabel('Phone number').fill('+12');
      await submit(page, page.getByRole('button', { name: 'Send code' }));
      await expect(page.getByRole('alert'), "the org's invalid-number message is shown").toContainText('Invalid Phone Number');

      const sentAfter = h.org.clock.now();
      await page.getByLabel('Phone number').fill(phone);
      await submit(page, page.getByRole('button', { name: 'Send code' }));
      const sms = await h.org.outbox.waitFor({ kind: 'sms', to: phone, since: sentAfter }, MESSAGE_WAIT_MS);
      await expect(page.getByRole('button', { name: 'Resend code' })).toBeVisible();
      await expect(page).toHaveURL(/\/enroll-authenticator\/phone_number$/);

      await enterCode(page, wrongCode(sms.otp));
      await expect(page.getByRole('alert'), 'wrong code is rejected').toContainText('Invalid code');

      await enterCode(page, sms.otp);
      await expectSignedInAs(page, user);
      assert.ok(h.org.store.enrollments.byKey(user.id, 'phone_number'), 'the phone is now enrolled in the org');

      await submit(page, page.getByRole('button', { name: 'Sign out' }));
      await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
      await expectSignedOut(page);
    });
  });

  test('enrolled phone: the authenticator list leads straight to the code page', async () => {
    const phone = testPhoneNumber();
    const user = createUser(h.org, { password: true, phone });
    await withPage(async (page) => {
      await signInWithPassword(page, user);
      const sentAfter = h.org.clock.now();
      await choose(page, 'Phone');
      await expect(page).toHaveURL(/\/challenge-authenticator\/phone_number$/);
      const sms = await h.org.outbox.waitFor({ kind: 'sms', to: phone, since: sentAfter }, MESSAGE_WAIT_MS);
      await enterCode(page, sms.otp);
      await expectSignedInAs(page, user);
    });
  });

  test('wrong password: the org message on the sign-in page, and no session', async () => {
    const user = createUser(h.org);
    await withPage(async (page) => {
      await signInWithPassword(page, user, `${user.password}-wrong`);
      await expect(page).toHaveURL(`${h.sdkApp.url}/login`);
      await expect(page.getByRole('alert'), 'wrong password is reported').toContainText('Authentication failed');
      await expect(page.getByLabel('Username'), 'username is kept').toHaveValue(user.login);
      await expectSignedOut(page);
      assert.equal(h.org.store.users.get(user.id)?.lastLogin, null, 'the org recorded no sign-in');
    });
  });

  test('Cancel on a step returns to an empty sign-in page', async () => {
    const user = createUser(h.org);
    await withPage(async (page) => {
      await signInWithPassword(page, user);
      await expect(page.getByRole('heading', { name: 'Select an authenticator' })).toBeVisible();
      await submit(page, page.getByRole('button', { name: 'Cancel' }));
      await expect(page).toHaveURL(`${h.sdkApp.url}/login`);
      await page.goto(`${h.sdkApp.url}/select-authenticator`);
      await expect(page, 'the cancelled step is gone').toHaveURL(`${h.sdkApp.url}/login`);
    });
  });

  test('two people signing in at once never see each other\'s transaction', async () => {
    const [first, second] = [createUser(h.org), createUser(h.org, { password: true, phone: testPhoneNumber() })];
    await Promise.all([
      withPage(async (page) => {
        await signInWithPassword(page, first);
        await choose(page, 'Phone');
        await expect(page.getByRole('heading', { name: 'Set up phone authentication' })).toBeVisible();
      }),
      withPage(async (page) => {
        await signInWithPassword(page, second);
        await choose(page, 'Phone');
        await expect(page).toHaveURL(/\/challenge-authenticator\/phone_number$/);
      }),
    ]);
  });
});

describe('embedded-SDK app, flow 2: password recovery with email', () => {
  async function startRecovery(page: Page, user: TestUser): Promise<number> {
    await page.goto(`${h.sdkApp.url}/login`);
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
    await page.getByLabel('Username').fill(user.login);
    await submit(page, page.getByRole('button', { name: 'Next' }));
    const sentAfter = h.org.clock.now();
    await choose(page, 'Email');
    return sentAfter;
  }

  async function setNewPassword(page: Page, password: string, confirm = password): Promise<void> {
    await expect(page.getByRole('heading', { name: 'Set a new password' })).toBeVisible();
    await page.getByLabel('New password', { exact: true }).fill(password);
    await page.getByLabel('Confirm new password').fill(confirm);
    await submit(page, page.getByRole('button', { name: 'Reset password' }));
  }

  test('email code: invalid code, policy errors on the new password, then signed in', async () => {
    const user = createUser(h.org, { password: true, email: true });
    await withPage(async (page) => {
      const sentAfter = await startRecovery(page, user);
      const email = await h.org.outbox.waitFor({ kind: 'email', to: user.email, since: sentAfter }, MESSAGE_WAIT_MS);
      await expect(page.getByText(/We sent an email to/)).toBeVisible();

      await enterCode(page, wrongCode(email.otp));
      await expect(page.getByRole('alert')).toContainText('Invalid code');
      await enterCode(page, email.otp);

      await expect(page.getByRole('listitem').filter({ hasText: 'At least 8 characters' }), 'policy is listed').toBeVisible();
      await setNewPassword(page, 'Abcdefg1', 'Abcdefg2');
      await expect(page.getByRole('alert'), 'mismatch is caught by the app').toContainText('do not match');
      await setNewPassword(page, 'short');
      await expect(page.getByRole('alert'), "the org's policy message is shown").toContainText(/[Pp]assword requirements/);
      await setNewPassword(page, `New-${user.password}`);
      await expectSignedInAs(page, user);
      assert.ok(h.org.store.users.verifyPassword(user.id, `New-${user.password}`), 'the org has the new password');
    });
  });

  test('magic link: continues the flow in the browser that started it; another browser is told to use that one', async () => {
    const user = createUser(h.org, { password: true, email: true });
    await withPage(async (page) => {
      const sentAfter = await startRecovery(page, user);
      const email = await h.org.outbox.waitFor({ kind: 'email', to: user.email, since: sentAfter }, MESSAGE_WAIT_MS);
      assert.ok(email.link, 'the recovery email has a magic link');

      await withPage(async (elsewhere) => {
        await elsewhere.goto(email.link as string);
        await expect(elsewhere.getByRole('heading', { name: 'Enter the code in your original browser' })).toBeVisible();
        await expectSignedOut(elsewhere);
      });

      await page.goto(email.link as string);
      await setNewPassword(page, `Link-${user.password}`);
      await expectSignedInAs(page, user);
    });
  });
});

describe('embedded-SDK app: Resend code under the org\'s SMS throttle', () => {
  const clock = new ManualClock();
  let throttled: AppsHarness;
  before(async () => {
    throttled = await startAppsHarness({ clock });
  });
  after(async () => {
    await throttled?.close();
  });

  test('inside the cooldown the org\'s limit message is shown; after it a new code arrives and the old one is refused', async () => {
    const phone = testPhoneNumber();
    const user = createUser(throttled.org, { password: true, phone });
    await withPage(async (page) => {
      await page.goto(`${throttled.sdkApp.url}/login`);
      await page.getByLabel('Username').fill(user.login);
      await page.getByLabel('Password').fill(user.password);
      await submit(page, page.getByRole('button', { name: 'Sign in' }));
      await choose(page, 'Phone');
      const first = await throttled.org.outbox.waitFor({ kind: 'sms', to: phone }, MESSAGE_WAIT_MS);

      await submit(page, page.getByRole('button', { name: 'Resend code' }));
      await expect(page.getByRole('alert'), 'a resend inside 30 s is refused with the org\'s message').toContainText(/recently sent|limit/);
      assert.equal(throttled.org.outbox.list({ to: phone }).length, 1, 'no second SMS inside the cooldown');

      clock.advance(31_000);
      await submit(page, page.getByRole('button', { name: 'Resend code' }));
      await expect(page.getByRole('status'), 'the app confirms the new code').toHaveText('We sent a new code.');
      const second = await throttled.org.outbox.waitFor({ kind: 'sms', to: phone, since: clock.now() }, MESSAGE_WAIT_MS);
      if (second.otp !== first.otp) {
        await enterCode(page, first.otp);
        await expect(page.getByRole('alert'), 'the replaced code no longer works').toContainText('Invalid code');
      }
      await enterCode(page, second.otp);
      await expect(page.getByRole('heading', { name: 'Home' })).toBeVisible();
      await expect(page.getByText(`Welcome, ${user.name}`)).toBeVisible();
    });
  });
});
