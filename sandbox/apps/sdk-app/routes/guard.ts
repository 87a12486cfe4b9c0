/** Shared request plumbing of the SDK app's routes: form values and the "are you on this step?" check. */
import { redirect, type RequestContext } from '../../../lib/http.ts';
import type { SdkAppContext } from '../advance.ts';
import type { Session } from '../session.ts';
import { stepPath, type StepView } from '../step-view.ts';

export function formValue(ctx: RequestContext, name: string): string {
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  return typeof body[name] === 'string' ? (body[name] as string) : '';
}

/**
 * The session and step when the user's transaction is at a step of `kind`; otherwise the browser is
 * sent to the page of the step it is really on (or to /login without a transaction) and this
 * returns undefined. Stops a bookmarked or back-buttoned page from posting to the wrong step.
 */
export function onStep<K extends StepView['kind']>(
  app: SdkAppContext,
  ctx: RequestContext,
  kind: K,
): { session: Session; view: Extract<StepView, { kind: K }> } | undefined {
  const session = app.sessions.find(ctx.req);
  const view = session?.view;
  if (session && view?.kind === kind) return { session, view: view as Extract<StepView, { kind: K }> };
  redirect(ctx.res, view ? stepPath(view) : '/login', 303);
  return undefined;
}

/** Post/redirect/get with an error for the page the user is on. */
export function rejectForm(ctx: RequestContext, session: Session, path: string, error: string, values?: Record<string, string>): void {
  session.flash = { errors: [error], values };
  redirect(ctx.res, path, 303);
}
