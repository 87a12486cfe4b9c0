/** Flow 2's negative paths: weak new password, wrong code, and no user enumeration. */
import { expect, expectNoAppSession, readUserState, recovery, test, wrongCodeFor } from '../fixtures/index.ts';

test('@flow2 @email @negative a new password that breaks the policy is refused and nothing changes', async ({ sdkApp, inbox, testUser, oktaAdmin }) => {
  const user = await testUser('password+email');
  const before = await readUserState(oktaAdmin, user.id);
  const email = await recovery.startRecovery(sdkApp, inbox, user);
  await recovery.verifyRecoveryCode(sdkApp, email);
  // Short, lower case only, no digit: fails every password policy Okta ships.
  await sdkApp.resetPassword.setNewPassword('short');

  await expect(sdkApp.resetPassword.alert, 'the page explains the password requirements were not met').toContainText(/requirement/i);
  await expect(sdkApp.resetPassword.heading, 'the user stays on the new-password page').toBeVisible();
  const after = await readUserState(oktaAdmin, user.id);
  expect(after.passwordChanged?.toISOString(), 'the password did not change').toBe(before.passwordChanged?.toISOString());
  await expectNoAppSession(sdkApp.profile, sdkApp.login.heading);
});

test('@flow2 @email @negative a wrong recovery code is refused and the password stays', async ({ sdkApp, inbox, testUser, oktaAdmin }) => {
  const user = await testUser('password+email');
  const before = await readUserState(oktaAdmin, user.id);
  const email = await recovery.startRecovery(sdkApp, inbox, user);
  await sdkApp.verificationCode.enterCode(wrongCodeFor(email.otp()));

  await expect(sdkApp.verificationCode.alert, 'the code page says the code is invalid').toContainText(/invalid code/i);
  await expect(sdkApp.verificationCode.heading, 'the user stays on the code page').toBeVisible();
  const after = await readUserState(oktaAdmin, user.id);
  expect(after.passwordChanged?.toISOString(), 'the password did not change').toBe(before.passwordChanged?.toISOString());
  await expectNoAppSession(sdkApp.profile, sdkApp.login.heading);
});

test('@flow2 @email @negative an unknown user gets the same response as a real one', async ({ sdkApp, testUser, otherBrowser }) => {
  const user = await testUser('password+email');
  const unknownLogin = user.login.replace('@', '-unknown@');

  await sdkApp.recoverPassword.open();
  const realResponse = await sdkApp.recoverPassword.requestResetFor(user.login);
  await expect(realResponse.heading, 'a real user is offered the recovery authenticators').toBeVisible();

  const otherApp = await otherBrowser.sdkApp();
  await otherApp.recoverPassword.open();
  const unknownResponse = await otherApp.recoverPassword.requestResetFor(unknownLogin);
  await expect(unknownResponse.heading, 'an unknown user sees the same next page').toBeVisible();
  await expect(unknownResponse.alert, 'an unknown user gets no error that reveals the account does not exist').toHaveCount(
    await realResponse.alert.count(),
  );
  await expect(unknownResponse.option('Email'), 'an unknown user is offered the same email option').toBeVisible();
});
