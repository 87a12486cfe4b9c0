/**
 * A target defect: the integration test seeds an org whose phone authenticator has SMS switched
 * off, unlike the guide's configuration, so the org takes the phone number but never sends the
 * code. No SMS arrives and the System Log shows none was sent: the verdict is FAIL (not
 * INCONCLUSIVE) naming the guide step, and the retry is refused (a retry cannot wash out a defect).
 */
import { passwordPhone, test } from '../../fixtures/index.ts';

test('@flow1 @sms the org never sends the SMS code: FAIL at the step that should send it', async ({ sdkApp, sms, phone, testUser, org }) => {
  const user = await testUser('password');
  await passwordPhone.signInWithPassword(sdkApp, user);
  const message = await passwordPhone.enrollPhone(sdkApp, sms, phone, user, org);
  await passwordPhone.verifyCodeAndExpectSignedIn(sdkApp, message, user, org);
});
