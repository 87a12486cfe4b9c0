/** Smoke: flow 2's happy path, password recovery with the email code, ending signed in. */
import { recovery, strongPassword, test } from '../fixtures/index.ts';

test('@flow2 @email @smoke a user recovers the password with the email code and is signed in', async ({ sdkApp, inbox, testUser, secrets, org }) => {
  const user = await testUser('password+email');
  const email = await recovery.startRecovery(sdkApp, inbox, user, org);
  await recovery.verifyRecoveryCode(sdkApp, email);
  await recovery.setNewPasswordAndExpectSignedIn(sdkApp, secrets.add('password', strongPassword()), user, org);
});
