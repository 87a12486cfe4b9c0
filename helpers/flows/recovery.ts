/** Flow 2, "User password recovery" with the email factor, on the embedded-SDK app. */
import { expect, test, type Page } from '@playwright/test';
import type { SdkApp } from '../../pages/sdk-app/sdk-app.ts';
import type { MailosaurReader } from '../messages/mailosaur-reader.ts';
import type { ReceivedEmail } from '../messages/received.ts';
import type { TestUser } from '../test-user.ts';
import { RECOVERY_STEPS as STEP } from './guide-steps.ts';
import { openSecretLink } from '../../pages/common/secret-input.ts';

/** From the sign-in page to the email the org sends for recovery. */
export async function startRecovery(app: SdkApp, inbox: MailosaurReader, user: TestUser): Promise<ReceivedEmail> {
  await test.step(STEP.start, async () => {
    await app.login.open();
    const recover = await app.login.forgotPassword();
    await expect(recover.heading, '"Forgot password?" opens the recovery page').toBeVisible();
  });
  await test.step(STEP.identify, async () => {
    const list = await app.recoverPassword.requestResetFor(user.login);
    await expect(list.heading, 'the org offers the recovery authenticators').toBeVisible();
    await expect(list.option('Email'), 'email is offered for recovery').toBeVisible();
  });
  return test.step(STEP.chooseEmail, async () => {
    const email = await inbox.expectEmail(user.email, () => app.selectAuthenticator.chooseToReceiveCode('Email'));
    await expect(app.verificationCode.heading, 'the code page follows the email').toBeVisible();
    return email;
  });
}

/** Types the email's code; the new-password page follows. */
export async function verifyRecoveryCode(app: SdkApp, email: ReceivedEmail): Promise<void> {
  await test.step(STEP.verifyCode, async () => {
    await app.verificationCode.enterCode(email.otp());
    await expect(app.resetPassword.heading, 'a valid code leads to the new-password page').toBeVisible();
  });
}

/** Opens the email's magic link in `page` (the same browser); the new-password page follows. */
export async function openRecoveryMagicLink(app: SdkApp, email: ReceivedEmail, page: Page = app.page): Promise<void> {
  await test.step(STEP.openMagicLink, async () => {
    await openSecretLink(page, email.magicLink());
    await expect(app.resetPassword.heading, 'the magic link leads to the new-password page').toBeVisible();
  });
}

/**
 * Opens the email's magic link in a browser that did not start the recovery (another device, a
 * mail client's own browser): the app must point back to the original browser, not reset there.
 */
export async function openRecoveryMagicLinkElsewhere(elsewhere: SdkApp, email: ReceivedEmail): Promise<void> {
  await test.step(`${STEP.openMagicLink} (in another browser)`, async () => {
    await elsewhere.openMagicLink(email.magicLink());
    await expect(elsewhere.originalBrowser.heading, 'the other browser is told to use the original one').toBeVisible();
    await expect(elsewhere.resetPassword.heading, 'no new-password page in the other browser').toBeHidden();
  });
}

/** Sets the new password and expects the signed-in home page. */
export async function setNewPasswordAndExpectSignedIn(app: SdkApp, newPassword: string): Promise<void> {
  await test.step(STEP.newPassword, async () => {
    await app.resetPassword.setNewPassword(newPassword);
  });
  await test.step(STEP.signedIn, async () => {
    await expect(app.home.heading, 'a valid new password signs the user in').toBeVisible();
    await expect(app.home.profileLink, 'the signed-in home page links to the profile').toBeVisible();
  });
}
