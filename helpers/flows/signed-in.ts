/**
 * What "signed in" and "not signed in" mean in this suite. Signed in: the app's profile page shows
 * the claims from userinfo for exactly this user (Subject = the user's Okta id), and for the
 * widget app the stored ID token validates against the issuer's keys for the right user. Not
 * signed in: the profile route sends the browser to sign-in, and Okta recorded no new login.
 */
import { expect, type Locator } from '@playwright/test';
import type { ProfilePage } from '../../pages/common/profile-page.ts';
import type { OktaAdmin } from '../okta/admin-client.ts';
import { readUserState } from '../okta/users.ts';
import type { TestUser } from '../test-user.ts';
import { idTokenFromTokenStorage, verifyIdToken, type IdTokenExpectation } from '../tokens/id-token.ts';

/** The profile page shows this user's claims (from the app's userinfo call). */
export async function expectProfileOf(profile: ProfilePage, user: TestUser): Promise<void> {
  await expect(profile.heading, 'the profile page is shown').toBeVisible();
  await expect(profile.claim('Subject'), "the profile's subject is the test user's Okta id").toHaveText(user.id);
  await expect(profile.claim('Email'), "the profile shows the test user's email").toHaveText(user.email);
  await expect(profile.claim('Username'), "the profile shows the test user's login").toHaveText(user.login);
}

/** The widget app's stored ID token validates and names the test user. */
export async function expectValidIdTokenFor(profile: ProfilePage, user: TestUser, expected: IdTokenExpectation): Promise<void> {
  const stored = await profile.page.evaluate(() => window.localStorage.getItem('okta-token-storage'));
  const idToken = idTokenFromTokenStorage(stored);
  expect(idToken, 'an ID token is stored in localStorage["okta-token-storage"]').toBeTruthy();
  const claims = await verifyIdToken(idToken ?? '', expected);
  expect(claims.sub, "the ID token's subject is the test user").toBe(user.id);
  expect(String(claims.email ?? '').toLowerCase(), "the ID token's email is the test user's").toBe(user.email);
}

/** No session: the profile route redirects to the sign-in page. */
export async function expectNoAppSession(profile: ProfilePage, loginHeading: Locator): Promise<void> {
  await profile.open();
  await expect(loginHeading, 'a signed-out browser asking for /profile is sent to sign in').toBeVisible();
  await expect(profile.heading, 'no profile is shown without a session').toBeHidden();
}

/** No new login recorded by Okta since `before` (the user's lastLogin did not move). */
export async function expectNoNewLogin(admin: OktaAdmin, user: TestUser, before: Date | null): Promise<void> {
  const { lastLogin } = await readUserState(admin, user.id);
  expect(lastLogin?.toISOString() ?? null, "Okta recorded no new sign-in for the user (lastLogin unchanged)").toBe(
    before?.toISOString() ?? null,
  );
}

/** Okta recorded a sign-in after `before`. */
export async function expectNewLogin(admin: OktaAdmin, user: TestUser, before: Date | null): Promise<void> {
  const { lastLogin } = await readUserState(admin, user.id);
  expect(lastLogin, 'Okta recorded the sign-in (lastLogin is set)').not.toBeNull();
  if (before) expect(lastLogin!.getTime(), 'lastLogin moved forward with this sign-in').toBeGreaterThan(before.getTime());
}
