/**
 * GET /login/callback — where the org's `/email/verify` sends an email magic link with `otp` and
 * `state`. In the browser that started the flow it continues the transaction with that code; any
 * other browser has no transaction for this `state`, and is told to use the original one.
 */
import { redirect, sendHtml, type Route } from '../../../lib/http.ts';
import { advance, type SdkAppContext } from '../advance.ts';
import { createAuthClient } from '../auth-client.ts';
import { originalBrowserPage } from '../pages/original-browser.ts';
import { stepPath } from '../step-view.ts';

export function callbackRoutes(app: SdkAppContext): Route[] {
  return [
    {
      method: 'GET',
      path: '/login/callback',
      handler: async (ctx) => {
        const otp = ctx.query.get('otp');
        const state = ctx.query.get('state');
        const session = app.sessions.find(ctx.req);
        if (!otp || !state) {
          const reason = ctx.query.get('error_description') ?? 'The sign-in link is incomplete.';
          if (session) session.flash = { errors: [reason] };
          return redirect(ctx.res, '/login', 303);
        }
        const stateChecked = !app.defects.has('sdk-app.magic-link-ignores-state');
        if (!session || (stateChecked && !createAuthClient(app.auth, session).idx.canProceed({ state }))) {
          return sendHtml(ctx.res, 200, originalBrowserPage(app.look));
        }
        const view = session.view;
        if (view?.kind !== 'code' || view.key !== 'okta_email') {
          session.flash = { errors: ['This email link can no longer be used: the sign-in has moved past the email step.'] };
          return redirect(ctx.res, view ? stepPath(view) : '/login', 303);
        }
        // auth-js 8's handleEmailVerifyCallback needs legacy mode; in step mode the app names the step.
        await advance(app, ctx, session, stepPath(view), (client) => client.idx.proceed({ step: view.step, otp }));
      },
    },
  ];
}
