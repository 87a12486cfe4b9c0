/**
 * Runs one IDX call for a user and answers the browser the way the guides' integration steps say:
 * PENDING → the page of the next step, SUCCESS → tokens kept in the session and the home page,
 * an error from the org → back to the page the user was on with the org's messages in an alert,
 * CANCELED or TERMINAL → a fresh sign-in page. Post/redirect/get keeps every page reloadable.
 */
import type { IdxMessage, IdxTransaction, OktaAuth } from '@okta/okta-auth-js';
import { redirect, type RequestContext } from '../../lib/http.ts';
import { createAuthClient, resetAuthStorage, type AuthSettings } from './auth-client.ts';
import type { SdkAppLook } from './look.ts';
import { fakeSignIn, rememberUser, type SkippedStep } from './skip-step.ts';
import type { Defects } from '../../defects/switches.ts';
import type { Session, SessionStore } from './session.ts';
import { deriveStepView, stepPath, UnsupportedStepError, type StepView } from './step-view.ts';

export interface SdkAppContext {
  appName: string;
  look: SdkAppLook;
  /** A deliberately broken build that skips this step (skip-step.ts); absent in every real run. */
  skipStep?: SkippedStep;
  auth: AuthSettings;
  sessions: SessionStore;
  /** Seeded defects of this app (none for the reference app itself). */
  defects: Defects;
}

export type IdxCall = (client: OktaAuth) => Promise<IdxTransaction>;

export interface FormEcho {
  /** Non-secret form values to show again after an error (e.g. the username). */
  values?: Record<string, string>;
  /** A notice to show when the call succeeded and the user stays on a step (e.g. after Resend code). */
  notice?: string;
}

export async function advance(app: SdkAppContext, ctx: RequestContext, session: Session, fromPath: string, call: IdxCall, echo: FormEcho = {}): Promise<void> {
  const client = createAuthClient(app.auth, session);
  let target: string;
  try {
    const answered = await call(client);
    const transaction = app.look.showsMethodStep ? answered : await skipMethodChoice(client, answered);
    if (app.skipStep) rememberUser(session, transaction);
    target = app.skipStep === 'sign-in' && fromPath === '/login' && transaction.status === 'PENDING' && !transaction.messages?.length
      ? (fakeSignIn(session), '/')
      : await settle(app, client, session, transaction, fromPath, echo);
  } catch (error) {
    logUnexpected(app, ctx, error);
    session.flash = { errors: shownErrors(app, fromPath, [describeError(error)]), values: echo.values };
    target = fromPath;
  }
  redirect(ctx.res, target, 303);
}

/**
 * The reference look answers the "which method?" question itself: the phone is the only channel it
 * offers (SMS) and email has one method. The variant look shows it (routes/method.ts).
 */
async function skipMethodChoice(client: OktaAuth, transaction: IdxTransaction): Promise<IdxTransaction> {
  if (transaction.status !== 'PENDING' || transaction.requestDidSucceed === false) return transaction;
  const view = deriveStepView(transaction);
  if (view.kind !== 'verification-data') return transaction;
  const methodType = view.key === 'phone_number' ? 'sms' : 'email';
  return client.idx.proceed({ step: 'authenticator-verification-data', methodType });
}

async function settle(app: SdkAppContext, client: OktaAuth, session: Session, transaction: IdxTransaction, fromPath: string, echo: FormEcho): Promise<string> {
  const { errors, notices } = splitMessages(transaction.messages);
  switch (transaction.status) {
    case 'SUCCESS':
      if (!transaction.tokens) throw new Error('The sign-in succeeded but no tokens came back from the token exchange.');
      if (app.defects.has('sdk-app.reset-success-not-signed-in') && fromPath === '/reset-password') {
        resetAuthStorage(session);
        return '/login';
      }
      if (!app.defects.has('sdk-app.tokens-not-kept')) client.tokenManager.setTokens(transaction.tokens);
      // setTokens arms hour-long expiry timers on this per-request client; the session, not the
      // client, outlives the request, so the timers would only pile up and keep the process alive.
      client.tokenManager.clearExpireEventTimeoutAll();
      session.view = undefined;
      return '/';
    case 'CANCELED':
      resetAuthStorage(session);
      return '/login';
    case 'TERMINAL':
      resetAuthStorage(session);
      session.flash = { errors: errors.length || notices.length ? [...errors, ...notices] : ['Your sign-in session has ended. Sign in again.'] };
      return '/login';
    default:
      if (transaction.requestDidSucceed === false || errors.length > 0) {
        session.flash = { errors: shownErrors(app, fromPath, errors.length ? errors : ['The org rejected this step. Try again.']), values: echo.values };
        return fromPath;
      }
      session.view = deriveStepView(transaction);
      if (echo.notice) notices.push(echo.notice);
      if (notices.length) session.flash = { notices };
      return stepPath(session.view as StepView);
  }
}

/** The org's errors as the page shows them: all of them, unless a seeded defect drops them. */
function shownErrors(app: SdkAppContext, fromPath: string, errors: string[]): string[] {
  const swallowed =
    (fromPath === '/login' && app.defects.has('sdk-app.login-error-swallowed')) ||
    (fromPath === '/reset-password' && app.defects.has('sdk-app.reset-error-swallowed')) ||
    (/^\/(enroll|challenge)-authenticator\//.test(fromPath) && app.defects.has('sdk-app.code-error-swallowed'));
  return swallowed ? [] : errors;
}

function splitMessages(messages: IdxMessage[] = []): { errors: string[]; notices: string[] } {
  const errors = messages.filter((m) => m.class === 'ERROR').map((m) => m.message);
  const notices = messages.filter((m) => m.class !== 'ERROR').map((m) => m.message);
  return { errors, notices };
}

function describeError(error: unknown): string {
  if (error instanceof UnsupportedStepError) return error.message;
  const summary = (error as { errorSummary?: string }).errorSummary || (error as Error).message || String(error);
  return `The sign-in could not continue: ${summary}`;
}

function logUnexpected(app: SdkAppContext, ctx: RequestContext, error: unknown): void {
  // Only the error text: request bodies hold passwords and codes.
  process.stderr.write(`[${app.appName}] ${ctx.method} ${ctx.url.pathname}: ${(error as Error).message ?? error}\n`);
}
