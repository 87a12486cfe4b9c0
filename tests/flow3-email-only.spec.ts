/** Flow 3: email-only sign-in with the Sign-In Widget: code, magic link (same and other browser), resend. */
import { emailOnly, expect, expectNoAppSession, expectNoBrowserToken, expectNoSession, expectOrgRecordedRevocation, signInRecord, test } from '../fixtures/index.ts';

test('@flow3 @widget the magic link opened in the same browser signs the user in', async ({ widgetApp, inbox, testUser, org }) => {
  const user = await testUser('email');
  const email = await emailOnly.requestEmailChallenge(widgetApp, inbox, user, org);

  const linkTab = await emailOnly.openMagicLinkInSameBrowser(widgetApp, email);
  await emailOnly.expectWidgetSignedIn(linkTab, user, org, 'after the magic link');
});

test('@flow3 @widget a magic link opened in another browser points back to the original tab, which finishes with the code', async ({
  widgetApp,
  inbox,
  testUser,
  otherBrowser,
  org,
}) => {
  const user = await testUser('email');
  const email = await emailOnly.requestEmailChallenge(widgetApp, inbox, user, org);

  const elsewhere = await otherBrowser.widgetApp();
  await elsewhere.openMagicLink(email.magicLink());
  await expect(elsewhere.emailChallenge.originalTabMessage, 'the other browser is told to use the code in the original tab').toBeVisible();
  await expectNoAppSession(elsewhere);

  await emailOnly.verifyWithCode(widgetApp, email.otp());
  await emailOnly.expectWidgetSignedIn(widgetApp, user, org);
});

test('@flow3 @widget @slow a resent email code signs the user in', async ({ widgetApp, inbox, testUser, org }) => {
  const user = await testUser('email');
  await emailOnly.takeControlOfTheWidgetClock(widgetApp);
  await emailOnly.requestEmailChallenge(widgetApp, inbox, user, org);
  const resent = await emailOnly.resendEmail(widgetApp, inbox, user);
  await emailOnly.verifyWithCode(widgetApp, resent.otp());
  await emailOnly.expectWidgetSignedIn(widgetApp, user, org);
});

test('@flow3 @widget sign-out ends the widget app session', async ({ widgetApp, inbox, testUser, org }) => {
  const user = await testUser('email');
  const email = await emailOnly.requestEmailChallenge(widgetApp, inbox, user, org);
  await emailOnly.verifyWithCode(widgetApp, email.otp());
  await emailOnly.expectWidgetSignedIn(widgetApp, user, org);
  const signedIn = await signInRecord(org, widgetApp, user);

  await widgetApp.signOut();
  await expect(widgetApp.signInOffered().first(), 'after sign-out the app offers sign-in again').toBeVisible();
  await expectNoSession(widgetApp, user, org, signedIn);
  await expectNoBrowserToken(widgetApp, 'no ID token remains in the browser after sign-out (where the app keeps one)');
  await expectOrgRecordedRevocation(org, widgetApp, user);
});
