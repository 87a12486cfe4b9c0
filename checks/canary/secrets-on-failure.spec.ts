/**
 * Fails on purpose, so the integration test `artifacts-canary` can prove that failure artifacts
 * (report, error context, JUnit) carry no secret: one test with a password entered and an SMS code
 * typed on screen, one whose failing assertion is about a stored ID token. Not part of the suite
 * (it lives outside tests/).
 */
import { emailOnly, expect, expectNoBrowserToken, passwordPhone, test } from '../../fixtures/index.ts';

test('leak canary: fails with a code typed into the page', async ({ sdkApp, sms, phone, testUser, org }) => {
  const user = await testUser('password');
  await passwordPhone.signInWithPassword(sdkApp, user);
  const message = await passwordPhone.enrollPhone(sdkApp, sms, phone, user, org);
  await sdkApp.verificationCode.typeCode(message.otp());
  // A value assertion (not a locator matcher), so Playwright's failure page snapshot is in play.
  expect(await sdkApp.page.title(), 'deliberate failure: the canary must fail with the code still on screen').toBe('A title no page has');
});

test('leak canary: fails with a token assertion about a stored ID token', async ({ widgetApp, inbox, testUser, org }) => {
  const user = await testUser('email');
  const email = await emailOnly.requestEmailChallenge(widgetApp, inbox, user, org);
  await emailOnly.verifyWithCode(widgetApp, email.otp());
  await emailOnly.expectWidgetSignedIn(widgetApp, user, org);
  // The suite's own token assertion, failing while the token is there: it must not print it.
  await expectNoBrowserToken(widgetApp, 'deliberate failure: the canary must fail while the app holds an ID token');
});
