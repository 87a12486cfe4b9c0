/** Flow 2, "User password recovery" with the email factor, on the embedded-SDK app, through its driver. */
import { expect, test } from '@playwright/test';
import type { SdkAppDriver } from '../../pages/driver/sdk-app-driver.ts';
import type { MailosaurReader } from '../messages/mailosaur-reader.ts';
import type { ReceivedEmail } from '../messages/received.ts';
import type { TestUser } from '../test-user.ts';
import { RECOVERY_STEPS as STEP } from './guide-steps.ts';
import { expectSignedIn, type OrgEvidence } from './signed-in.ts';

/** From the sign-in page to the authenticator list the org offers for recovery. */
export async function identifyForRecovery(app: SdkAppDriver, username: string): Promise<string[]> {
  await test.step(STEP.start, async () => {
    await app.startRecovery();
    await app.recoverPassword.expectShown('"Forgot password?" opens the recovery page');
  });
  return test.step(STEP.identify, async () => {
    await app.identifyForRecovery(username);
    return app.offeredAuthenticators();
  });
}

/** From the sign-in page to the email the org sends for recovery. */
export async function startRecovery(app: SdkAppDriver, inbox: MailosaurReader, user: TestUser): Promise<ReceivedEmail> {
  const offered = await identifyForRecovery(app, user.login);
  expect(offered, 'the org offers email, and only email, for recovery').toEqual(['Email']);
  return test.step(STEP.chooseEmail, async () => {
    const email = await inbox.expectEmail(user.email, async () => {
      await app.chooseAuthenticator('Email');
      await app.chooseMethodIfAsked('Email', app.verificationCode);
    });
    await app.verificationCode.expectShown('the code page follows the email');
    return email;
  });
}

/** Types the email's code; the new-password page follows. */
export async function verifyRecoveryCode(app: SdkAppDriver, email: ReceivedEmail): Promise<void> {
  await test.step(STEP.verifyCode, async () => {
    await app.enterCode(email.otp());
    await app.resetPassword.expectShown('a valid code leads to the new-password page');
  });
}

/** Opens the email's magic link in the browser that started recovery; the new-password page follows. */
export async function openRecoveryMagicLink(app: SdkAppDriver, email: ReceivedEmail): Promise<void> {
  await test.step(STEP.openMagicLink, async () => {
    await app.openMagicLink(email.magicLink());
    await app.resetPassword.expectShown('the magic link leads to the new-password page');
  });
}

/**
 * Opens the email's magic link in a browser that did not start the recovery (another device, a
 * mail client's own browser): the app must point back to the original browser, not reset there.
 */
export async function openRecoveryMagicLinkElsewhere(elsewhere: SdkAppDriver, email: ReceivedEmail): Promise<void> {
  await test.step(`${STEP.openMagicLink} (in another browser)`, async () => {
    await elsewhere.openMagicLink(email.magicLink());
    await elsewhere.originalBrowser.expectShown('the other browser is told to use the original one');
    await expect(elsewhere.resetPassword.heading, 'no new-password page in the other browser').toBeHidden();
  });
}

/** Sets the new password and expects the user signed in (page and org). */
export async function setNewPasswordAndExpectSignedIn(app: SdkAppDriver, newPassword: string, user: TestUser, org: OrgEvidence): Promise<void> {
  await test.step(STEP.newPassword, async () => {
    await app.setNewPassword(newPassword);
  });
  await test.step(STEP.signedIn, async () => {
    await expectSignedIn(app, user, org);
  });
}
