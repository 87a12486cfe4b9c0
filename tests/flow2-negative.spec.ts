/** Flow 2's negative paths: weak new password, wrong code, and no user enumeration. */
import { expect, expectNoSession, readUserState, recovery, signInRecord, strongPassword, test, wrongCodeFor } from '../fixtures/index.ts';

test('@flow2 @email @negative a new password that breaks the policy is refused and nothing changes', async ({ sdkApp, inbox, testUser, oktaAdmin, org }) => {
  const user = await testUser('password+email');
  const before = await readUserState(oktaAdmin, user.id);
  const record = await signInRecord(org, sdkApp, user);
  const email = await recovery.startRecovery(sdkApp, inbox, user, org);
  await recovery.verifyRecoveryCode(sdkApp, email);
  // Short, lower case only, no digit: fails every password policy Okta ships.
  await sdkApp.setNewPassword('short');

  await expect(sdkApp.resetPassword.alert, 'the page explains the password requirements were not met').toContainText(/requirement/i);
  await sdkApp.resetPassword.expectShown('the user stays on the new-password page');
  const after = await readUserState(oktaAdmin, user.id);
  expect(after.passwordChanged?.toISOString(), 'the password did not change').toBe(before.passwordChanged?.toISOString());
  await expectNoSession(sdkApp, user, org, record);
});

test('@flow2 @email @negative a new password whose confirmation differs is refused and nothing changes', async ({ sdkApp, inbox, testUser, oktaAdmin, secrets, org }) => {
  const user = await testUser('password+email');
  const before = await readUserState(oktaAdmin, user.id);
  const record = await signInRecord(org, sdkApp, user);
  const email = await recovery.startRecovery(sdkApp, inbox, user, org);
  await recovery.verifyRecoveryCode(sdkApp, email);
  // Both meet the policy: only their difference can be the reason for a refusal.
  await recovery.expectMismatchedConfirmationRefused(sdkApp, secrets.add('password', strongPassword()), secrets.add('password', strongPassword()));

  const after = await readUserState(oktaAdmin, user.id);
  expect(after.passwordChanged?.toISOString(), 'the password did not change').toBe(before.passwordChanged?.toISOString());
  await expectNoSession(sdkApp, user, org, record);
});

test('@flow2 @email @negative a wrong recovery code is refused and the password stays', async ({ sdkApp, inbox, testUser, oktaAdmin, org }) => {
  const user = await testUser('password+email');
  const before = await readUserState(oktaAdmin, user.id);
  const record = await signInRecord(org, sdkApp, user);
  const email = await recovery.startRecovery(sdkApp, inbox, user, org);
  await sdkApp.enterCode(wrongCodeFor(email.otp()));

  await expect(sdkApp.verificationCode.alert, 'the code page says the code is invalid').toContainText(/invalid code/i);
  await sdkApp.verificationCode.expectShown('the user stays on the code page');
  const after = await readUserState(oktaAdmin, user.id);
  expect(after.passwordChanged?.toISOString(), 'the password did not change').toBe(before.passwordChanged?.toISOString());
  await expectNoSession(sdkApp, user, org, record);
});

test('@flow2 @email @negative an unknown user gets the same response as a real one', async ({ sdkApp, testUser, otherBrowser }) => {
  const user = await testUser('password+email');
  const unknownLogin = user.login.replace('@', '-unknown@');

  const realOffer = await recovery.identifyForRecovery(sdkApp, user.login);
  expect(realOffer, 'a real user is offered email for recovery').toEqual(['Email']);

  const otherApp = await otherBrowser.sdkApp();
  const unknownOffer = await recovery.identifyForRecovery(otherApp, unknownLogin);
  expect(unknownOffer, 'an unknown user is offered exactly the same authenticators').toEqual(realOffer);
  await expect(otherApp.authenticators.alert, 'an unknown user gets no error that reveals the account does not exist').toHaveCount(
    await sdkApp.authenticators.alert.count(),
  );
});
