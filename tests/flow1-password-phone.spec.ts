/** Flow 1: sign in with password and phone (SMS), the enrolled-phone variant, resend and sign-out. */
import { expect, expectNoSession, expectOrgRecordedRevocation, passwordPhone, signInRecord, test } from '../fixtures/index.ts';

test('@flow1 @sms a user with an enrolled phone signs in with the SMS code', async ({ sdkApp, sms, phone, testUser, org }) => {
  const user = await testUser('password+sms', { phoneNumber: phone });
  await passwordPhone.signInWithPassword(sdkApp, user);
  const message = await passwordPhone.challengeEnrolledPhone(sdkApp, sms, phone, user, org);
  await passwordPhone.verifyCodeAndExpectSignedIn(sdkApp, message, user, org);
});

test('@flow1 @sms the app shows the signed-in user and sign-out ends the session', async ({ sdkApp, sms, phone, testUser, org }) => {
  const user = await testUser('password+sms', { phoneNumber: phone });
  await passwordPhone.signInWithPassword(sdkApp, user);
  const message = await passwordPhone.challengeEnrolledPhone(sdkApp, sms, phone, user, org);
  await passwordPhone.verifyCodeAndExpectSignedIn(sdkApp, message, user, org);
  const signedIn = await signInRecord(org, sdkApp, user);

  await sdkApp.signOut();
  await expect(sdkApp.signInOffered().first(), 'after sign-out the app offers sign-in again').toBeVisible();
  await expectNoSession(sdkApp, user, org, signedIn);
  await expectOrgRecordedRevocation(org, sdkApp, user);
});

test('@flow1 @sms @slow a resent SMS code signs the user in (after the org\'s SMS throttle)', async ({ sdkApp, sms, phone, testUser, org }) => {
  const user = await testUser('password');
  await passwordPhone.signInWithPassword(sdkApp, user);
  const first = await passwordPhone.enrollPhone(sdkApp, sms, phone, user, org);
  const resent = await passwordPhone.resendCodeAfterThrottle(sdkApp, sms, phone, first);
  await passwordPhone.verifyCodeAndExpectSignedIn(sdkApp, resent, user, org);
});
