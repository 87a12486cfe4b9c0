/** Flow 3, "Sign in with email only", on the embedded-widget app, through its driver. */
import { expect, test, type APIResponse, type Route } from '@playwright/test';
import type { IdentityView } from '../../pages/common/identity-view.ts';
import type { WidgetAppDriver } from '../../pages/driver/widget-app-driver.ts';
import type { MailosaurReader } from '../messages/mailosaur-reader.ts';
import type { ReceivedEmail } from '../messages/received.ts';
import type { TestUser } from '../test-user.ts';
import { EMAIL_ONLY_STEPS as STEP } from './guide-steps.ts';
import { allInOrder } from './all-in-order.ts';
import { expectOrgSent, expectSignedIn, type OrgEvidence } from './signed-in.ts';
import { sendPastThrottle } from './throttle.ts';

/** Steps 1–2: the username, then "Send me an email"; returns the email it sent. */
export async function requestEmailChallenge(app: WidgetAppDriver, inbox: MailosaurReader, user: TestUser, org: OrgEvidence): Promise<ReceivedEmail> {
  await test.step(STEP.submitUsername, async () => {
    await app.openSignIn();
    await app.submitUsername(user.login);
    await app.emailChallenge.expectStartShown();
  });
  return test.step(STEP.emailChallenge, async () => {
    const view = app.emailChallenge;
    return inbox.expectEmail(user.email, async () => {
      await view.sendEmail();
      await allInOrder([expectOrgSent(org, user, 'emailSent', user.email), view.expectShown('the widget asks to verify with email')]);
    });
  });
}

/** Step 3 by code (from the email, or a wrong one), in the view the flow started in. */
export async function verifyWithCode(app: WidgetAppDriver, code: string): Promise<void> {
  await test.step(`${STEP.verify} (code)`, async () => {
    await app.emailChallenge.enterCode(code);
  });
}

/** The widget app's signed-in outcome: the page shows the user, and the org recorded the sign-in. */
export async function expectWidgetSignedIn(app: WidgetAppDriver, user: TestUser, org: OrgEvidence, after?: string): Promise<IdentityView | undefined> {
  return test.step(STEP.signedIn, async () => expectSignedIn(app, user, org, undefined, after));
}

/**
 * Step 3 by magic link, opened in a new tab of the browser that started sign-in: the app hands the
 * widget the link's `otp` and `state`, and the state finds this browser's transaction, which goes
 * on to sign the user in. A widget that cannot match the state (the app dropped or mangled it)
 * treats the tab as another browser and sends the user back to the original tab. Returns the tab.
 */
export async function openMagicLinkInSameBrowser(app: WidgetAppDriver, email: ReceivedEmail): Promise<WidgetAppDriver> {
  return test.step(`${STEP.verify} (magic link, same browser)`, async () => {
    const tab = await app.openInNewTab(email.magicLink());
    const backToOriginal = tab.emailChallenge.originalTabMessage;
    await expect(tab.signedInPage().or(backToOriginal).first(), 'after the magic link the app shows a signed-in page (or the widget says to go back to the original tab)').toBeVisible();
    await expect(backToOriginal, "the magic link's state resumes the transaction of the browser that started sign-in (the app passes the link's otp and state to the widget): " +
      'the widget does not send the user back to the original tab').toBeHidden();
    return tab;
  });
}

/**
 * The widget offers "Send again" 30 s after the challenge starts: a timer in the browser (the
 * widget's own SHOW_RESEND_TIMEOUT), not the org's. Faking the page's clock lets a test run that
 * timer forward instead of sleeping through it; call this before the challenge starts. Time keeps
 * flowing normally otherwise, so the widget's polling and token checks are unaffected.
 */
export async function takeControlOfTheWidgetClock(app: WidgetAppDriver): Promise<void> {
  await app.page.clock.install();
}

/** The widget's own delay before it offers "Send again" (its SHOW_RESEND_TIMEOUT). */
const WIDGET_RESEND_DELAY_MS = 30_000;

/**
 * Asks the widget for another email once it offers "Send again". The widget's delay is run forward
 * on the page's clock (see `takeControlOfTheWidgetClock`). The org's own email throttle runs on
 * real time: the resend request is held while the org refuses it (E0000118 says how long to wait)
 * and sent again after that wait, so the widget gets the org's acceptance as if the network had
 * been slow. The widget would have waited its 30 s anyway; only the fast-forward made the org refuse.
 */
export async function resendEmail(app: WidgetAppDriver, inbox: MailosaurReader, user: TestUser): Promise<ReceivedEmail> {
  return test.step("Resend the email (after the widget's delay and the org's email throttle)", async () => {
    const view = app.emailChallenge;
    const page = app.page;
    const held = new Promise<Route>((resolve) => void page.route(RESEND_PATH, resolve, { times: 1 }));
    const accepted = held.then(async (route) => {
      let answer: APIResponse | undefined;
      const send = async () => {
        answer = await route.fetch();
      };
      const refusal = async () => (answer?.status() === 429 ? refusalText(await answer.json().catch(() => ({}))) : undefined);
      try {
        await sendPastThrottle('send the email again', send, refusal);
        await route.fulfill({ response: answer });
      } catch (error) {
        await route.abort().catch(() => undefined);
        throw error;
      }
    });
    await page.clock.fastForward(WIDGET_RESEND_DELAY_MS);
    await test.expect(view.resendLink, 'the widget offers to send the email again (locator key widget.email.resend)').toBeVisible();
    return inbox.expectEmail(user.email, async () => {
      await view.resendEmail();
      await accepted;
    });
  });
}

const RESEND_PATH = /\/idp\/idx\/challenge\/resend(\?|$)/;

/** The org's messages in an IDX error answer (where Okta says how long to wait). */
function refusalText(body: { messages?: { value?: { message?: string }[] } }): string {
  return (body.messages?.value ?? []).map((m) => m.message ?? '').join(' ');
}
