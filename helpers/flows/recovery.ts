/** Flow 2, "User password recovery" with the email factor, on the embedded-SDK app, through its driver. */
import { expect, test } from '@playwright/test';
import type { SdkAppDriver } from '../../pages/driver/sdk-app-driver.ts';
import type { MailosaurReader } from '../messages/mailosaur-reader.ts';
import type { ReceivedEmail } from '../messages/received.ts';
import type { TestUser } from '../test-user.ts';
import { RECOVERY_STEPS as STEP } from './guide-steps.ts';
import { allInOrder } from './all-in-order.ts';
import { expectOrgSent, expectSignedIn, type OrgEvidence } from './signed-in.ts';
import { TargetError } from '../errors.ts';
import { codePageThrottleCheck } from './code-page-resend.ts';
import { SHORTEST_THROTTLE_WINDOW_MS, waitUntil } from './throttle.ts';

/** Okta's email throttle window plus a margin for the clocks of the org and this machine. */
const EMAIL_RESEND_AFTER_MS = SHORTEST_THROTTLE_WINDOW_MS + 1_000;

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
export async function startRecovery(app: SdkAppDriver, inbox: MailosaurReader, user: TestUser, org: OrgEvidence): Promise<ReceivedEmail> {
  const offered = await identifyForRecovery(app, user.login);
  expect(offered, 'the org offers email, and only email, for recovery').toEqual(['Email']);
  return test.step(STEP.chooseEmail, async () => {
    return inbox.expectEmail(user.email, async () => {
      await app.chooseAuthenticator('Email');
      await app.chooseMethodIfAsked('Email', app.verificationCode);
      await allInOrder([expectOrgSent(org, user, 'emailSent', user.email), app.verificationCode.expectShown('the code page follows the email')]);
    });
  });
}

/**
 * Resend on the code page: refused within Okta's 5 s email throttle (and the page says so), then,
 * once the window has passed, a new email the org really sent; returns it. The refusal is judged
 * only when the resend's answer came while the send before it was younger than the window; a run
 * too slow for that makes a new pair (a resend the org accepts, then one at once) up to
 * THROTTLE_CHECK_ROUNDS times, then ends INCONCLUSIVE with a SuiteError: never a pass that checked
 * nothing.
 */
export async function resendRecoveryEmail(app: SdkAppDriver, inbox: MailosaurReader, user: TestUser, org: OrgEvidence, first: ReceivedEmail, sentAt: number): Promise<ReceivedEmail> {
  let last = { email: first, sentAt, sends: 1 };
  await test.step('Resend at once: the 5 s email throttle refuses it', async () => {
    const throttle = codePageThrottleCheck(app, { channel: 'email', refusal: 'the org refuses a second email within its 5 s throttle, and the page says so', late: [] });
    if (await throttle.resendAtOnce(last.sentAt)) return;
    for (let done = false; !done; ) {
      // A new pair: a resend the org accepts (if its window is still open, because the first send
      // was later than `sentAt` says, it refuses and names the wait, which is waited), then at once
      // another, before the accepted one's email is even read.
      let pair = { judged: false, sentAt: Date.now() };
      const email = await inbox.expectEmail(user.email, async () => {
        pair = await throttle.newPair('resend the recovery email');
      });
      done = pair.judged;
      last = { email, sentAt: pair.sentAt, sends: last.sends + 1 };
    }
  });
  return test.step('Resend after the 5 s email throttle: a new code', async () => {
    await waitUntil(new Date(Math.max(last.email.receivedAt.getTime(), last.sentAt) + EMAIL_RESEND_AFTER_MS));
    const email = await inbox.expectEmail(user.email, async () => {
      await app.resendCode();
      await expectOrgSent(org, user, 'emailSent', user.email, last.sends + 1);
    });
    await app.verificationCode.expectShown('resending keeps the user on the code page');
    return email;
  });
}

/**
 * Tampers once with the `state` the magic link carries to the app: the app must refuse to continue
 * the transaction with it (no new-password page). Returns after checking; the genuine link is untouched.
 */
export async function expectTamperedMagicLinkRefused(app: SdkAppDriver, email: ReceivedEmail): Promise<void> {
  await test.step(`${STEP.openMagicLink} with a tampered state`, async () => {
    const callback = await magicLinkTarget(email.magicLink());
    const state = callback.searchParams.get('state');
    expect(state, "the magic link leads to the app's callback with a state (the guide's otp and state)").toBeTruthy();
    callback.searchParams.set('state', `${state}tampered`);
    await app.openMagicLink(callback.toString());
    await expect(app.resetPassword.heading, 'a magic link whose state was tampered with does not lead to the new-password page').toBeHidden();
  });
}

/** Where the org's magic link sends the browser (its redirect), read without following it or logging it. */
async function magicLinkTarget(link: string): Promise<URL> {
  const response = await fetch(link, { redirect: 'manual' });
  const location = response.headers.get('location');
  if (!location) {
    throw new TargetError("The org's magic link does not redirect to the app", {
      expected: "a redirect (3xx with Location) to the app's email-verification callback with otp and state",
      seen: `HTTP ${response.status} without a Location header`,
      hint: "Set the app integration's email verification callback URI, as the email guides describe.",
    });
  }
  return new URL(location, link);
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

/**
 * Tampers once with the confirmation on the new-password page: two passwords that each meet the
 * policy but differ must be refused there, with a message, before anything reaches the org.
 */
export async function expectMismatchedConfirmationRefused(app: SdkAppDriver, newPassword: string, confirmation: string): Promise<void> {
  await test.step(`${STEP.newPassword}: a confirmation that differs is refused`, async () => {
    await app.setNewPassword(newPassword, confirmation);
    await expect(app.resetPassword.alert, 'the page says the new password and its confirmation do not match').toBeVisible();
    await app.resetPassword.expectShown('the user stays on the new-password page');
  });
}

/** Sets the new password and expects the user signed in (page and org). */
export async function setNewPasswordAndExpectSignedIn(app: SdkAppDriver, newPassword: string, user: TestUser, org: OrgEvidence): Promise<void> {
  await test.step(STEP.newPassword, async () => {
    await app.setNewPassword(newPassword);
  });
  await test.step(STEP.signedIn, async () => {
    await expectSignedIn(app, user, org, undefined, 'after the new password is set');
  });
}
