/**
 * Flow 1, "Sign in with password and phone factors", as the guide's integration steps, through the
 * app driver. Each function is one stretch of the guide, so specs can stop anywhere to test a
 * negative path; where the guide allows variation (a method page or none), every shape is accepted.
 */
import { expect, test } from '@playwright/test';
import type { IdentityView } from '../../pages/common/identity-view.ts';
import type { AppPage } from '../../pages/common/app-page.ts';
import type { SdkAppDriver } from '../../pages/driver/sdk-app-driver.ts';
import type { SmsReader } from '../messages/readers.ts';
import type { ReceivedSms } from '../messages/received.ts';
import type { TestUser } from '../test-user.ts';
import { PASSWORD_PHONE_STEPS as STEP } from './guide-steps.ts';
import { allInOrder } from './all-in-order.ts';
import { expectOrgSent, expectSignedIn, type OrgEvidence } from './signed-in.ts';
import { codePageThrottleCheck, refusalOnCodePage, resendAnswered } from './code-page-resend.ts';
import { sendPastThrottle, THROTTLE_CHECK_ROUNDS } from './throttle.ts';

/** Steps 1–4: credentials accepted, the authenticator list offers the phone and nothing else. */
export async function signInWithPassword(app: SdkAppDriver, user: TestUser, password = user.password ?? ''): Promise<void> {
  await test.step(STEP.signInPage, async () => {
    await app.openSignIn();
  });
  await test.step(STEP.authenticate, async () => {
    await app.signInWithPassword(user.login, password);
  });
  await test.step(STEP.listPhone, async () => {
    const offered = await app.offeredAuthenticators();
    expect(offered, 'valid credentials lead to the authenticator list, which offers the phone and nothing else').toEqual(['Phone']);
  });
}

/** Steps 5–8: choose the phone, give the number, and receive the code it triggers (sent by the org to that number). */
export async function enrollPhone(app: SdkAppDriver, sms: SmsReader, phoneNumber: string, user: TestUser, org: OrgEvidence): Promise<ReceivedSms> {
  await test.step(STEP.choosePhone, async () => {
    await app.chooseAuthenticator('Phone');
    await app.phoneEnrollment.expectShown('choosing the phone asks for a number');
  });
  return test.step(STEP.sendPhoneNumber, async () => {
    return sms.expectSms(phoneNumber, async () => {
      await app.givePhoneNumber(phoneNumber);
      await allInOrder([expectOrgSent(org, user, 'smsSent', phoneNumber), app.verificationCode.expectShown('the code page follows the number')]);
    });
  });
}

/** Steps 1–4 for a user without a phone, then step 5 up to the phone number page. */
export async function choosePhoneToEnroll(app: SdkAppDriver): Promise<void> {
  await test.step(STEP.choosePhone, async () => {
    await app.chooseAuthenticator('Phone');
    await app.phoneEnrollment.expectShown('choosing the phone asks for a number');
  });
}

/** Step 5, enrolled variant: choosing the phone (and SMS, if the app asks) sends the code. */
export async function challengeEnrolledPhone(app: SdkAppDriver, sms: SmsReader, phoneNumber: string, user: TestUser, org: OrgEvidence): Promise<ReceivedSms> {
  return test.step(STEP.choosePhone, async () => {
    return sms.expectSms(phoneNumber, async () => {
      await app.chooseAuthenticator('Phone');
      await app.chooseMethodIfAsked('SMS', app.verificationCode);
      await allInOrder([expectOrgSent(org, user, 'smsSent', phoneNumber), app.verificationCode.expectShown('an enrolled phone leads to the code page')]);
    });
  });
}

/** Step 10: the code from the SMS. */
export async function verifyCode(app: SdkAppDriver, code: string): Promise<void> {
  await test.step(STEP.verifyCode, async () => {
    await app.enterCode(code);
  });
}

/** Steps 10–12: the code completes sign-in; the app shows the user and the org recorded it. */
export async function verifyCodeAndExpectSignedIn(app: SdkAppDriver, message: ReceivedSms, user: TestUser, org: OrgEvidence): Promise<IdentityView | undefined> {
  await verifyCode(app, message.otp());
  return test.step(`${STEP.signedIn}; ${STEP.profile}`, async () => expectSignedIn(app, user, org, undefined, 'on SUCCESS of the verification code (step 11)'));
}

/**
 * Cancel on the step the user is on ends the transaction: the app offers sign-in again, and the
 * step's page, opened again (a bookmark, the Back button), no longer continues it.
 */
export async function cancelAndExpectTransactionEnded(app: SdkAppDriver, step: AppPage): Promise<void> {
  await test.step('Cancel ends the transaction', async () => {
    const stepUrl = app.page.url();
    await app.cancel();
    await expect(app.signInOffered().first(), 'cancel lands on a page that offers sign-in again').toBeVisible();
    await app.reopen(stepUrl);
    await expect(app.signInOffered().first(), `after cancel, ${step.title} opened again offers sign-in instead of resuming the cancelled transaction`).toBeVisible();
    await expect(step.heading, `after cancel, ${step.title} opened again is not shown: the cancelled transaction cannot be resumed`).toBeHidden();
  });
}

/**
 * Step 5 with the SMS throttle checked (quick gate): choosing the phone sends an SMS, and a resend
 * at once must be refused (Okta: one SMS per number per 30 s; the sandbox's window is 5 s). The
 * check is made only when it can be decided: the resend's answer must come while the first send is
 * younger than the shortest window (throttle.ts). A run too slow for that tries a new pair (a resend
 * the org accepts, then one at once) up to THROTTLE_CHECK_ROUNDS times, and then ends INCONCLUSIVE
 * with a SuiteError: never a pass that checked nothing. Returns the SMS of the pair's first send.
 */
export async function challengeEnrolledPhoneAndResendAtOnce(app: SdkAppDriver, sms: SmsReader, phoneNumber: string, user: TestUser, org: OrgEvidence): Promise<ReceivedSms> {
  const throttle = codePageThrottleCheck(app, { channel: 'SMS', refusal: 'the org refuses a second SMS within its throttle window, and the page says so', late: [] });
  let judged = false;
  let message = await test.step(STEP.choosePhone, async () =>
    sms.expectSms(phoneNumber, async () => {
      const sentAt = Date.now();
      await app.chooseAuthenticator('Phone');
      await app.chooseMethodIfAsked('SMS', app.verificationCode);
      await app.verificationCode.expectShown('an enrolled phone leads to the code page');
      judged = await throttle.resendAtOnce(sentAt);
      await expectOrgSent(org, user, 'smsSent', phoneNumber);
    }));
  for (let round = 2; !judged; round++) {
    message = await test.step(`Resend past the throttle, then at once again (pair ${round} of at most ${THROTTLE_CHECK_ROUNDS})`, async () =>
      sms.expectSms(phoneNumber, async () => {
        ({ judged } = await throttle.newPair('resend the SMS code'));
      }));
  }
  return message;
}

/**
 * Resends the code: at once, and when the org refuses (its SMS throttle, E0000109, shown by the app
 * on the code page), again after the wait the refusal names. Returns the one new SMS.
 */
export async function resendCodeAfterThrottle(app: SdkAppDriver, sms: SmsReader, phoneNumber: string, _previous: ReceivedSms): Promise<ReceivedSms> {
  return test.step('Resend the verification code (after the org\'s SMS throttle)', async () => {
    const message = await sms.expectSms(phoneNumber, () => sendPastThrottle('resend the SMS code', () => resendAnswered(app), () => refusalOnCodePage(app)));
    await app.verificationCode.expectShown('resending keeps the user on the code page');
    return message;
  });
}
