/**
 * What a person does in the real Sign-In Widget 7, as small steps shared by the widget tests.
 * Locators are the widget's accessible names (its own markup), found the way a user would.
 */
import type { Page } from 'playwright-core';
import { expect, MESSAGE_WAIT_MS, type Org } from './apps-harness.ts';

export async function submitUsername(page: Page, username: string): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByRole('button', { name: 'Next' }).click();
}

/** The org may send the email at once or offer "Send me an email" first; both are Okta behaviours. */
export async function reachEmailChallenge(page: Page): Promise<void> {
  const send = page.getByRole('button', { name: 'Send me an email' });
  const codeInstead = page.getByRole('button', { name: 'Enter a verification code instead' });
  await expect(send.or(codeInstead), 'the widget shows the email step').toBeVisible();
  if (await send.isVisible()) await send.click();
  await expect(codeInstead, 'the email challenge offers the code').toBeVisible();
}

export async function enterEmailCode(page: Page, code: string): Promise<void> {
  const codeInstead = page.getByRole('button', { name: 'Enter a verification code instead' });
  if (await codeInstead.isVisible()) await codeInstead.click();
  await page.getByLabel('Enter Code').fill(code);
  await page.getByRole('button', { name: 'Verify' }).click();
}

/** The widget's stored tokens (the shape auth-js keeps in localStorage). */
export async function storedTokens(page: Page): Promise<{ idToken?: { claims: Record<string, unknown> }; accessToken?: unknown }> {
  return page.evaluate(() => JSON.parse(window.localStorage.getItem('okta-token-storage') || '{}'));
}

export async function expectProfileOf(page: Page, email: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'My profile' }), 'profile page after the callback').toBeVisible();
  await expect(page.getByRole('row', { name: /^Email/ }).getByRole('cell'), 'userinfo names the signed-in user').toHaveText(email);
}

export type SentEmail = Awaited<ReturnType<Org['outbox']['waitFor']>>;

/**
 * From the widget's sign-in page: the username, then the email challenge, then the email the org
 * sent for it (to this user, after the username was submitted).
 */
export async function requestSignInEmail(page: Page, org: Org, user: { login: string; email: string }): Promise<SentEmail> {
  const sentAfter = org.clock.now();
  await submitUsername(page, user.login);
  await reachEmailChallenge(page);
  return org.outbox.waitFor({ kind: 'email', to: user.email, since: sentAfter }, MESSAGE_WAIT_MS);
}
