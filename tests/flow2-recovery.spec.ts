/** Flow 2: self-service password recovery with the email factor. */
import { expect, expectNoAppSession, readUserState, recovery, strongPassword, test } from '../fixtures/index.ts';

test('@flow2 @email a user recovers the password through the magic link and is signed in', async ({ sdkApp, inbox, testUser, secrets, org }) => {
  const user = await testUser('password+email');
  const email = await recovery.startRecovery(sdkApp, inbox, user, org);
  await recovery.openRecoveryMagicLink(sdkApp, email);
  await recovery.setNewPasswordAndExpectSignedIn(sdkApp, secrets.add('password', strongPassword()), user, org);
});

test('@flow2 @email a magic link whose state was tampered with is refused; the genuine link then leads on', async ({ sdkApp, inbox, testUser, secrets, org }) => {
  const user = await testUser('password+email');
  const email = await recovery.startRecovery(sdkApp, inbox, user, org);
  await recovery.expectTamperedMagicLinkRefused(sdkApp, email);
  await recovery.openRecoveryMagicLink(sdkApp, email);
  await recovery.setNewPasswordAndExpectSignedIn(sdkApp, secrets.add('password', strongPassword()), user, org);
});

test('@flow2 @email @waits resending the recovery email is throttled for 5 s, then sends a new code that works', async ({ sdkApp, inbox, testUser, secrets, org }) => {
  const user = await testUser('password+email');
  const sentAt = Date.now();
  const first = await recovery.startRecovery(sdkApp, inbox, user, org);
  const resent = await recovery.resendRecoveryEmail(sdkApp, inbox, user, org, first, sentAt);
  await recovery.verifyRecoveryCode(sdkApp, resent);
  await recovery.setNewPasswordAndExpectSignedIn(sdkApp, secrets.add('password', strongPassword()), user, org);
});

test('@flow2 @email a magic link opened in another browser points back to the original one, which finishes with the code', async ({
  sdkApp,
  inbox,
  testUser,
  otherBrowser,
  secrets,
  org,
}) => {
  const user = await testUser('password+email');
  const email = await recovery.startRecovery(sdkApp, inbox, user, org);

  const elsewhere = await otherBrowser.sdkApp();
  await recovery.openRecoveryMagicLinkElsewhere(elsewhere, email);
  await expectNoAppSession(elsewhere);

  await recovery.verifyRecoveryCode(sdkApp, email);
  await recovery.setNewPasswordAndExpectSignedIn(sdkApp, secrets.add('password', strongPassword()), user, org);
});

test('@flow2 @email after recovery the new password works and the old one does not', async ({ sdkApp, inbox, testUser, secrets, oktaAdmin, org }) => {
  const user = await testUser('password+email');
  const oldPassword = user.password ?? '';
  const newPassword = secrets.add('password', strongPassword());
  const changedBefore = (await readUserState(oktaAdmin, user.id)).passwordChanged;

  const email = await recovery.startRecovery(sdkApp, inbox, user, org);
  await recovery.verifyRecoveryCode(sdkApp, email);
  await recovery.setNewPasswordAndExpectSignedIn(sdkApp, newPassword, user, org);
  const changedAfter = (await readUserState(oktaAdmin, user.id)).passwordChanged;
  expect(changedAfter?.getTime(), 'Okta recorded the password change').not.toBe(changedBefore?.getTime());
  await sdkApp.signOut();

  await sdkApp.openSignIn();
  await sdkApp.signInWithPassword(user.login, oldPassword);
  await expect(sdkApp.login.alert, 'the old password is refused').toContainText(/authentication failed/i);

  await sdkApp.openSignIn();
  await sdkApp.signInWithPassword(user.login, newPassword);
  await sdkApp.authenticators.expectShown('the new password is accepted: the org asks for the second factor');
});
