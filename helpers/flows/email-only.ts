/** Flow 3, "Sign in with email only", on the embedded-widget app, through its driver. */
import { test } from '@playwright/test';
import type { IdentityView } from '../../pages/common/identity-view.ts';
import type { WidgetAppDriver } from '../../pages/driver/widget-app-driver.ts';
import type { MailosaurReader } from '../messages/mailosaur-reader.ts';
import type { ReceivedEmail } from '../messages/received.ts';
import type { TestUser } from '../test-user.ts';
import { EMAIL_ONLY_STEPS as STEP } from './guide-steps.ts';
import { expectSignedIn, type OrgEvidence } from './signed-in.ts';

/** Steps 1–2: the username, then "Send me an email"; returns the email it sent. */
export async function requestEmailChallenge(app: WidgetAppDriver, inbox: MailosaurReader, user: TestUser): Promise<ReceivedEmail> {
  await test.step(STEP.submitUsername, async () => {
    await app.openSignIn();
    await app.submitUsername(user.login);
    await app.emailChallenge.expectStartShown();
  });
  return test.step(STEP.emailChallenge, async () => {
    const view = app.emailChallenge;
    const email = await inbox.expectEmail(user.email, () => view.sendEmail());
    await view.expectShown('the widget asks to verify with email');
    return email;
  });
}

/** Step 3 by code (from the email, or a wrong one), in the view the flow started in. */
export async function verifyWithCode(app: WidgetAppDriver, code: string): Promise<void> {
  await test.step(`${STEP.verify} (code)`, async () => {
    await app.emailChallenge.enterCode(code);
  });
}

/** The widget app's signed-in outcome: the page shows the user, and the org recorded the sign-in. */
export async function expectWidgetSignedIn(app: WidgetAppDriver, user: TestUser, org: OrgEvidence): Promise<IdentityView | undefined> {
  return test.step(STEP.signedIn, async () => expectSignedIn(app, user, org));
}

/** Asks the widget for another email once it offers "Send again" (after its own 30 s delay). */
export async function resendEmail(app: WidgetAppDriver, inbox: MailosaurReader, user: TestUser): Promise<ReceivedEmail> {
  return test.step('Resend the email (the widget offers it after 30 s)', async () => {
    const view = app.emailChallenge;
    await test.expect(view.resendLink, 'the widget offers to send the email again (locator key widget.email.resend)').toBeVisible({ timeout: RESEND_OFFER_TIMEOUT_MS });
    return inbox.expectEmail(user.email, () => view.resendEmail());
  });
}

/** The widget shows "Send again" 30 s after the challenge started; allow for a slow page. */
const RESEND_OFFER_TIMEOUT_MS = 45_000;
