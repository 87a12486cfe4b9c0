/** Flow 3, "Sign in with email only", on the embedded-widget app. */
import { expect, test } from '@playwright/test';
import type { ProfilePage } from '../../pages/common/profile-page.ts';
import type { EmailChallengeView } from '../../pages/widget/email-challenge-view.ts';
import type { WidgetApp } from '../../pages/widget/widget-app.ts';
import type { MailosaurReader } from '../messages/mailosaur-reader.ts';
import type { ReceivedEmail } from '../messages/received.ts';
import type { TestUser } from '../test-user.ts';
import type { IdTokenExpectation } from '../tokens/id-token.ts';
import { EMAIL_ONLY_STEPS as STEP } from './guide-steps.ts';
import { expectProfileOf, expectValidIdTokenFor } from './signed-in.ts';

/** Steps 1–2: the username, then "Send me an email"; returns the email it sent. */
export async function requestEmailChallenge(app: WidgetApp, inbox: MailosaurReader, user: TestUser): Promise<ReceivedEmail> {
  await test.step(STEP.submitUsername, async () => {
    const login = await app.login.open();
    await expect(login.username, 'the widget shows the identify view').toBeVisible();
    const view = await login.submitUsername(user.login);
    await expect(view.startHeading, 'the widget offers the email authenticator').toBeVisible();
  });
  return test.step(STEP.emailChallenge, async () => {
    const view = app.emailChallenge;
    const email = await inbox.expectEmail(user.email, () => view.sendEmail());
    await expect(view.heading, 'the widget asks to verify with email').toBeVisible();
    return email;
  });
}

/** Step 3 by code, in the view the flow started in. */
export async function verifyWithCode(view: EmailChallengeView, email: ReceivedEmail): Promise<void> {
  await test.step(`${STEP.verify} (code)`, async () => {
    await view.enterCode(email.otp());
  });
}

/** The widget app's signed-in outcome: profile of the user and a valid ID token for them. */
export async function expectWidgetSignedIn(app: WidgetApp, user: TestUser, token: IdTokenExpectation): Promise<ProfilePage> {
  return test.step(STEP.signedIn, async () => {
    const profile = app.profile;
    await expectProfileOf(profile, user);
    await expectValidIdTokenFor(profile, user, token);
    return profile;
  });
}

/** Asks the widget for another email once it offers "Send again" (after its own 30 s delay). */
export async function resendEmail(app: WidgetApp, inbox: MailosaurReader, user: TestUser): Promise<ReceivedEmail> {
  return test.step('Resend the email (the widget offers it after 30 s)', async () => {
    const view = app.emailChallenge;
    await expect(view.resendLink, 'the widget offers to send the email again').toBeVisible({ timeout: RESEND_OFFER_TIMEOUT_MS });
    return inbox.expectEmail(user.email, () => view.resendEmail());
  });
}

/** The widget shows "Send again" 30 s after the challenge started; allow for a slow page. */
const RESEND_OFFER_TIMEOUT_MS = 45_000;
