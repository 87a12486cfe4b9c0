/** Flow 1: sign in with password and phone (SMS), the enrolled-phone variant, resend and sign-out. */
import { expect, expectNewLogin, expectNoAppSession, passwordPhone, readUserState, test } from '../fixtures/index.ts';

test('@flow1 @sms a user with an enrolled phone signs in with the SMS code', async ({ sdkApp, sms, phone, testUser, oktaAdmin }) => {
  const user = await testUser('password+sms', { phoneNumber: phone });
  const before = (await readUserState(oktaAdmin, user.id)).lastLogin;
  await passwordPhone.signInWithPassword(sdkApp, user);
  const message = await passwordPhone.challengeEnrolledPhone(sdkApp, sms, phone);
  await passwordPhone.verifyCodeAndExpectSignedIn(sdkApp, message, user);
  await expectNewLogin(oktaAdmin, user, before);
});

test('@flow1 @sms the profile shows the signed-in user and sign-out ends the session', async ({ sdkApp, sms, phone, testUser }) => {
  const user = await testUser('password+sms', { phoneNumber: phone });
  await passwordPhone.signInWithPassword(sdkApp, user);
  const message = await passwordPhone.challengeEnrolledPhone(sdkApp, sms, phone);
  const profile = await passwordPhone.verifyCodeAndExpectSignedIn(sdkApp, message, user);
  await expect(profile.claim('Name'), 'the profile shows the name from userinfo').toHaveText(`${user.firstName} ${user.lastName}`);

  await profile.signOut();
  await expect(sdkApp.home.signInLink, 'after sign-out the home page offers sign-in again').toBeVisible();
  await expectNoAppSession(sdkApp.profile, sdkApp.login.heading);
});

test('@flow1 @sms @slow a resent SMS code signs the user in (after the 30 s throttle)', async ({ sdkApp, sms, phone, testUser }) => {
  const user = await testUser('password');
  await passwordPhone.signInWithPassword(sdkApp, user);
  const first = await passwordPhone.enrollPhone(sdkApp, sms, phone);
  const resent = await passwordPhone.resendCodeAfterThrottle(sdkApp, sms, phone, first);
  await passwordPhone.verifyCodeAndExpectSignedIn(sdkApp, resent, user);
});
