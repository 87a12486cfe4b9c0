/** Flow 1's negative paths: each shows the org's message on the page and leaves no session. */
import { expect, expectNoSession, passwordPhone, signInRecord, strongPassword, test, wrongCodeFor } from '../fixtures/index.ts';

test('@flow1 @sms @negative a wrong password is refused and no session exists', async ({ sdkApp, testUser, org }) => {
  const user = await testUser('password');
  const before = await signInRecord(org, sdkApp, user);
  await sdkApp.openSignIn();
  await sdkApp.signInWithPassword(user.login, strongPassword());

  await expect(sdkApp.login.alert, 'the sign-in page shows why the credentials failed').toContainText(/authentication failed/i);
  await sdkApp.login.expectShown('the user stays on the sign-in page');
  await expectNoSession(sdkApp, user, org, before);
});

test('@flow1 @sms @negative a wrong SMS code is refused and no session exists', async ({ sdkApp, sms, phone, testUser, org }) => {
  const user = await testUser('password+sms', { phoneNumber: phone });
  const before = await signInRecord(org, sdkApp, user);
  await passwordPhone.signInWithPassword(sdkApp, user);
  const message = await passwordPhone.challengeEnrolledPhone(sdkApp, sms, phone, user, org);
  await passwordPhone.verifyCode(sdkApp, wrongCodeFor(message.otp()));

  await expect(sdkApp.verificationCode.alert, 'the code page says the code is invalid').toContainText(/invalid code/i);
  await sdkApp.verificationCode.expectShown('the user stays on the code page');
  await expectNoSession(sdkApp, user, org, before);
});

test('@flow1 @sms @negative a phone number without the + format is refused on the phone page', async ({ sdkApp, testUser, org }) => {
  const user = await testUser('password');
  const before = await signInRecord(org, sdkApp, user);
  await passwordPhone.signInWithPassword(sdkApp, user);
  await passwordPhone.choosePhoneToEnroll(sdkApp);
  await sdkApp.givePhoneNumber('5550100');

  await expect(sdkApp.phoneEnrollment.alert, 'the phone page says the number is invalid').toContainText(/phone number/i);
  await sdkApp.phoneEnrollment.expectShown('the user stays on the phone page');
  await expectNoSession(sdkApp, user, org, before);
});

test('@flow1 @sms @negative cancelling at the authenticator list offers sign-in again without a session', async ({ sdkApp, testUser, org }) => {
  const user = await testUser('password');
  const before = await signInRecord(org, sdkApp, user);
  await passwordPhone.signInWithPassword(sdkApp, user);
  await passwordPhone.cancelAndExpectTransactionEnded(sdkApp, sdkApp.authenticators);

  await expectNoSession(sdkApp, user, org, before);
});

test('@flow1 @sms @negative cancelling on the code page offers sign-in again without a session', async ({ sdkApp, sms, phone, testUser, org }) => {
  const user = await testUser('password+sms', { phoneNumber: phone });
  const before = await signInRecord(org, sdkApp, user);
  await passwordPhone.signInWithPassword(sdkApp, user);
  await passwordPhone.challengeEnrolledPhone(sdkApp, sms, phone, user, org);
  await passwordPhone.cancelAndExpectTransactionEnded(sdkApp, sdkApp.verificationCode);

  await expectNoSession(sdkApp, user, org, before);
});

// Quick: the refusal is immediate; waiting the window out is the resend spec's business.
test('@flow1 @sms @negative a second SMS within the throttle window is refused, and the first code still signs in', async ({ sdkApp, sms, phone, testUser, org }) => {
  const user = await testUser('password+sms', { phoneNumber: phone });
  await passwordPhone.signInWithPassword(sdkApp, user);
  const message = await passwordPhone.challengeEnrolledPhoneAndResendAtOnce(sdkApp, sms, phone, user, org);
  await passwordPhone.verifyCodeAndExpectSignedIn(sdkApp, message, user, org);
});
