/**
 * Resending a code from the embedded-SDK app's code page, shared by flow 1 (SMS) and flow 2
 * (email): ask, wait for the app's answer, and read the org's refusal if the page shows one.
 */
import type { SdkAppDriver } from '../../pages/driver/sdk-app-driver.ts';
import { judgeSecondSend, sendPastThrottle, sendSecondAtOnce, type ThrottleCheck } from './throttle.ts';

/** A single-page app answers in place; a page-per-step app (the guide's) loads a new page well within this. */
const ANSWER_PAGE_TIMEOUT_MS = 5_000;

/**
 * Asks for another code and waits for the answer: the guide's app answers a resend with a new
 * page (which carries the org's refusal, if any), a single-page app with an alert in place.
 */
export async function resendAnswered(app: SdkAppDriver): Promise<void> {
  const { page, alert } = app.verificationCode;
  const timeout = ANSWER_PAGE_TIMEOUT_MS;
  // An alert already on the page is the previous answer's: only a new one (or a new page) answers this.
  const signs = [page.waitForEvent('load', { timeout }), ...((await alert.isVisible()) ? [] : [alert.waitFor({ state: 'visible', timeout })])];
  const answered = Promise.any(signs).catch(() => undefined);
  await app.resendCode();
  await answered;
}

/** The org's refusal as the code page shows it, or undefined when the resend went through. */
export async function refusalOnCodePage(app: SdkAppDriver): Promise<string | undefined> {
  await app.verificationCode.expectShown('resending keeps the user on the code page');
  const alert = app.verificationCode.alert;
  return (await alert.isVisible()) ? ((await alert.textContent()) ?? '') : undefined;
}

/**
 * The code page's throttle check, shared by flows 1 and 2: a resend at once after a send, judged
 * (`judgeSecondSend`: true once judged, false when too late to judge); and, for a run too slow for
 * that, a new pair: a resend the org accepts (the wait its refusal names is waited first), then at
 * once another, judged the same way.
 */
export function codePageThrottleCheck(app: SdkAppDriver, check: ThrottleCheck) {
  const refusal = () => refusalOnCodePage(app);
  const resendAtOnce = async (firstSentAt: number) => judgeSecondSend(await sendSecondAtOnce(firstSentAt, () => resendAnswered(app), refusal), check);
  /** `what` names the resend in a wait's error; `sentAt` is when the pair's accepted resend was asked for. */
  const newPair = async (what: string): Promise<{ judged: boolean; sentAt: number }> => {
    let sentAt = Date.now();
    await sendPastThrottle(what, async () => {
      sentAt = Date.now();
      await resendAnswered(app);
    }, refusal);
    return { judged: await resendAtOnce(sentAt), sentAt };
  };
  return { resendAtOnce, newPair };
}
