/** Smoke: flow 3's happy path, email-only sign-in in the widget with the emailed code. */
import { emailOnly, test } from '../fixtures/index.ts';

test('@flow3 @widget @smoke an email-only user signs in with the emailed code', async ({ widgetApp, inbox, testUser, org }) => {
  const user = await testUser('email');
  const email = await emailOnly.requestEmailChallenge(widgetApp, inbox, user, org);
  await emailOnly.verifyWithCode(widgetApp, email.otp());
  await emailOnly.expectWidgetSignedIn(widgetApp, user, org);
});
