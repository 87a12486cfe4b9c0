/** Flow 1's negative paths: each shows the org's message on the page and leaves no session. */
import {
  expect,
  expectNoAppSession,
  expectNoNewLogin,
  passwordPhone,
  readUserState,
  strongPassword,
  test,
  wrongCodeFor,
} from '../fixtures/index.ts';

test('@flow1 @sms @negative a wrong password is refused and no session exists', async ({ sdkApp, testUser, oktaAdmin }) => {
  const user = await testUser('password');
  const before = (await readUserState(oktaAdmin, user.id)).lastLogin;
  await sdkApp.login.open();
  await sdkApp.login.signIn(user.login, strongPassword());

  await expect(sdkApp.login.alert, 'the sign-in page shows why the credentials failed').toContainText(/authentication failed/i);
  await expect(sdkApp.login.heading, 'the user stays on the sign-in page').toBeVisible();
  await expectNoAppSession(sdkApp.profile, sdkApp.login.heading);
  await expectNoNewLogin(oktaAdmin, user, before);
});

test('@flow1 @sms @negative a wrong SMS code is refused and no session exists', async ({ sdkApp, sms, phone, testUser, oktaAdmin }) => {
  const user = await testUser('password+sms', { phoneNumber: phone });
  const before = (await readUserState(oktaAdmin, user.id)).lastLogin;
  await passwordPhone.signInWithPassword(sdkApp, user);
  const message = await passwordPhone.challengeEnrolledPhone(sdkApp, sms, phone);
  await sdkApp.verificationCode.enterCode(wrongCodeFor(message.otp()));

  await expect(sdkApp.verificationCode.alert, 'the code page says the code is invalid').toContainText(/invalid code/i);
  await expect(sdkApp.verificationCode.heading, 'the user stays on the code page').toBeVisible();
  await expectNoAppSession(sdkApp.profile, sdkApp.login.heading);
  await expectNoNewLogin(oktaAdmin, user, before);
});

test('@flow1 @sms @negative a phone number without the + format is refused on the phone page', async ({ sdkApp, testUser, oktaAdmin }) => {
  const user = await testUser('password');
  const before = (await readUserState(oktaAdmin, user.id)).lastLogin;
  await passwordPhone.signInWithPassword(sdkApp, user);
  const enrollment = await sdkApp.selectAuthenticator.choosePhoneToEnroll();
  await enrollment.sendCodeTo('5550100');

  await expect(enrollment.alert, 'the phone page says the number is invalid').toContainText(/phone number/i);
  await expect(enrollment.heading, 'the user stays on the phone page').toBeVisible();
  await expectNoAppSession(sdkApp.profile, sdkApp.login.heading);
  await expectNoNewLogin(oktaAdmin, user, before);
});

test('@flow1 @sms @negative cancelling at the authenticator list returns to sign-in without a session', async ({ sdkApp, testUser, oktaAdmin }) => {
  const user = await testUser('password');
  const before = (await readUserState(oktaAdmin, user.id)).lastLogin;
  await passwordPhone.signInWithPassword(sdkApp, user);
  await sdkApp.selectAuthenticator.cancel();

  await expect(sdkApp.login.heading, 'cancel goes back to the sign-in page').toBeVisible();
  await expectNoAppSession(sdkApp.profile, sdkApp.login.heading);
  await expectNoNewLogin(oktaAdmin, user, before);
});

test('@flow1 @sms @negative cancelling on the code page returns to sign-in without a session', async ({ sdkApp, sms, phone, testUser, oktaAdmin }) => {
  const user = await testUser('password+sms', { phoneNumber: phone });
  const before = (await readUserState(oktaAdmin, user.id)).lastLogin;
  await passwordPhone.signInWithPassword(sdkApp, user);
  await passwordPhone.challengeEnrolledPhone(sdkApp, sms, phone);
  await sdkApp.verificationCode.cancel();

  await expect(sdkApp.login.heading, 'cancel goes back to the sign-in page').toBeVisible();
  await expectNoAppSession(sdkApp.profile, sdkApp.login.heading);
  await expectNoNewLogin(oktaAdmin, user, before);
});
