/** Smoke: flow 1's happy path, from sign-in through phone enrollment to the signed-in user. */
import { expectOrgEnrolledPhone, passwordPhone, test } from '../fixtures/index.ts';

test('@flow1 @sms @smoke a password user enrolls a phone by SMS and is signed in', async ({ sdkApp, sms, phone, testUser, org }) => {
  const user = await testUser('password');
  await passwordPhone.signInWithPassword(sdkApp, user);
  const message = await passwordPhone.enrollPhone(sdkApp, sms, phone, user, org);
  await passwordPhone.verifyCodeAndExpectSignedIn(sdkApp, message, user, org);
  await expectOrgEnrolledPhone(org, user, phone);
});
