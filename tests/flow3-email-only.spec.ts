/** Flow 3: email-only sign-in with the Sign-In Widget: code, magic link (same and other browser), resend. */
import { emailOnly, expect, expectNoAppSession, test } from '../fixtures/index.ts';

test('@flow3 @widget the magic link opened in the same browser signs the user in', async ({ widgetApp, inbox, testUser, config }) => {
  const user = await testUser('email');
  const email = await emailOnly.requestEmailChallenge(widgetApp, inbox, user);

  const linkTab = await widgetApp.openInNewTab(email.magicLink());
  await emailOnly.expectWidgetSignedIn(linkTab, user, { issuer: config.okta.issuer, clientId: config.widgetApp.clientId });
});

test('@flow3 @widget a magic link opened in another browser points back to the original tab, which finishes with the code', async ({
  widgetApp,
  inbox,
  testUser,
  otherBrowser,
  config,
}) => {
  const user = await testUser('email');
  const email = await emailOnly.requestEmailChallenge(widgetApp, inbox, user);

  const elsewhere = await otherBrowser.widgetApp();
  await elsewhere.openMagicLink(email.magicLink());
  await expect(elsewhere.emailChallenge.originalTabMessage, 'the other browser is told to use the code in the original tab').toBeVisible();
  await expectNoAppSession(elsewhere.profile, elsewhere.login.heading);

  await emailOnly.verifyWithCode(widgetApp.emailChallenge, email);
  await emailOnly.expectWidgetSignedIn(widgetApp, user, { issuer: config.okta.issuer, clientId: config.widgetApp.clientId });
});

test('@flow3 @widget @slow a resent email code signs the user in', async ({ widgetApp, inbox, testUser, config }) => {
  const user = await testUser('email');
  await emailOnly.requestEmailChallenge(widgetApp, inbox, user);
  const resent = await emailOnly.resendEmail(widgetApp, inbox, user);
  await emailOnly.verifyWithCode(widgetApp.emailChallenge, resent);
  await emailOnly.expectWidgetSignedIn(widgetApp, user, { issuer: config.okta.issuer, clientId: config.widgetApp.clientId });
});

test('@flow3 @widget sign-out ends the widget app session', async ({ widgetApp, inbox, testUser, config }) => {
  const user = await testUser('email');
  const email = await emailOnly.requestEmailChallenge(widgetApp, inbox, user);
  await emailOnly.verifyWithCode(widgetApp.emailChallenge, email);
  const profile = await emailOnly.expectWidgetSignedIn(widgetApp, user, { issuer: config.okta.issuer, clientId: config.widgetApp.clientId });

  await profile.signOut();
  await expect(widgetApp.home.signInLink, 'after sign-out the home page offers sign-in again').toBeVisible();
  await expectNoAppSession(widgetApp.profile, widgetApp.login.heading);
  const stored = await widgetApp.page.evaluate(() => window.localStorage.getItem('okta-token-storage'));
  expect(stored ?? '{}', 'no tokens remain in the browser after sign-out').not.toContain('idToken');
});
