/**
 * Flow 1, "Sign in with password and phone factors", as the guide's integration steps. Each
 * function is one stretch of the guide, so specs can stop anywhere to test a negative path.
 */
import { expect, test } from '@playwright/test';
import type { ProfilePage } from '../../pages/common/profile-page.ts';
import type { SdkApp } from '../../pages/sdk-app/sdk-app.ts';
import type { SmsReader } from '../messages/readers.ts';
import type { ReceivedSms } from '../messages/received.ts';
import type { TestUser } from '../test-user.ts';
import { PASSWORD_PHONE_STEPS as STEP } from './guide-steps.ts';
import { expectProfileOf } from './signed-in.ts';
import { SMS_RESEND_AFTER_MS, waitUntil } from './throttle.ts';

/** Steps 1–4: credentials accepted, the authenticator list offers the phone. */
export async function signInWithPassword(app: SdkApp, user: TestUser, password = user.password ?? ''): Promise<void> {
  await test.step(STEP.signInPage, async () => {
    const login = await app.login.open();
    await expect(login.heading, 'the sign-in page is shown').toBeVisible();
  });
  await test.step(STEP.authenticate, async () => {
    await app.login.signIn(user.login, password);
  });
  await test.step(STEP.listPhone, async () => {
    const list = app.selectAuthenticator;
    await expect(list.heading, 'valid credentials lead to the authenticator list').toBeVisible();
    await expect(list.option('Phone'), 'the phone factor is offered').toBeVisible();
  });
}

/** Steps 5–8: choose the phone, give the number, and receive the code it triggers. */
export async function enrollPhone(app: SdkApp, sms: SmsReader, phoneNumber: string): Promise<ReceivedSms> {
  await test.step(STEP.choosePhone, async () => {
    const enrollment = await app.selectAuthenticator.choosePhoneToEnroll();
    await expect(enrollment.heading, 'choosing the phone asks for a number').toBeVisible();
  });
  return test.step(STEP.sendPhoneNumber, async () => {
    const message = await sms.expectSms(phoneNumber, () => app.phoneEnrollment.sendCodeTo(phoneNumber));
    await expect(app.verificationCode.heading, 'the code page follows the number').toBeVisible();
    return message;
  });
}

/** Step 5, enrolled variant: choosing the phone sends the code straight away. */
export async function challengeEnrolledPhone(app: SdkApp, sms: SmsReader, phoneNumber: string): Promise<ReceivedSms> {
  return test.step(STEP.choosePhone, async () => {
    const message = await sms.expectSms(phoneNumber, () => app.selectAuthenticator.chooseToReceiveCode('Phone'));
    await expect(app.verificationCode.heading, 'an enrolled phone goes straight to the code page').toBeVisible();
    return message;
  });
}

/** Steps 10–12: the code completes sign-in; the profile from userinfo is the user's. */
export async function verifyCodeAndExpectSignedIn(app: SdkApp, message: ReceivedSms, user: TestUser): Promise<ProfilePage> {
  await test.step(STEP.verifyCode, async () => {
    await app.verificationCode.enterCode(message.otp());
  });
  await test.step(STEP.signedIn, async () => {
    await expect(app.home.heading, 'a verified code signs the user in to the home page').toBeVisible();
    await expect(app.home.welcome, 'the home page welcomes the signed-in user').toContainText(user.firstName);
  });
  return test.step(STEP.profile, async () => {
    const profile = await app.home.openProfile();
    await expectProfileOf(profile, user);
    return profile;
  });
}


/** Resends the code once Okta's 30 s SMS throttle allows it; returns the new SMS. */
export async function resendCodeAfterThrottle(app: SdkApp, sms: SmsReader, phoneNumber: string, previous: ReceivedSms): Promise<ReceivedSms> {
  return test.step('Resend the verification code (after the 30 s SMS throttle)', async () => {
    await waitUntil(new Date(previous.receivedAt.getTime() + SMS_RESEND_AFTER_MS));
    const message = await sms.expectSms(phoneNumber, () => app.verificationCode.resendCode());
    await expect(app.verificationCode.heading, 'resending keeps the user on the code page').toBeVisible();
    return message;
  });
}
