/**
 * Fails on purpose, with a password entered and an SMS code typed on screen, so the integration
 * test `artifacts-canary` can prove that failure artifacts (report, error context, JUnit) carry
 * no secret. Not part of the suite (it lives outside tests/).
 */
import { expect, passwordPhone, test } from '../../fixtures/index.ts';

test('leak canary: fails with a code typed into the page', async ({ sdkApp, sms, phone, testUser }) => {
  const user = await testUser('password');
  await passwordPhone.signInWithPassword(sdkApp, user);
  const message = await passwordPhone.enrollPhone(sdkApp, sms, phone);
  await sdkApp.verificationCode.typeCode(message.otp());
  // A value assertion (not a locator matcher), so Playwright's failure page snapshot is in play.
  expect(await sdkApp.page.title(), 'deliberate failure: the canary must fail with the code still on screen').toBe('A title no page has');
});
