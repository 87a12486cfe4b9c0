/**
 * The password-recovery flow: "Forgot password?" → who (identify-recovery) → the email factor
 * (through the authenticator list and the code page) → a new password that meets the policy.
 */
import { redirect, sendHtml, type Route } from '../../../lib/http.ts';
import { fakeSignIn } from '../skip-step.ts';
import { advance, type SdkAppContext } from '../advance.ts';
import { resetAuthStorage } from '../auth-client.ts';
import { recoverPasswordPage } from '../pages/recover-password.ts';
import { resetPasswordPage } from '../pages/reset-password.ts';
import { takeFlash } from '../session.ts';
import { formValue, onStep, rejectForm } from './guard.ts';

export function recoveryRoutes(app: SdkAppContext): Route[] {
  return [
    {
      method: 'GET',
      path: '/recover-password',
      handler: (ctx) => {
        const flash = takeFlash(app.sessions.find(ctx.req));
        sendHtml(ctx.res, 200, recoverPasswordPage(app.look, flash, flash.values?.username));
      },
    },
    {
      method: 'POST',
      path: '/recover-password',
      handler: async (ctx) => {
        const session = app.sessions.findOrCreate(ctx.req, ctx.res);
        const username = formValue(ctx, 'username').trim();
        if (!username) return rejectForm(ctx, session, '/recover-password', 'Enter your username.');
        resetAuthStorage(session);
        if (app.skipStep === 'recovery') {
          session.knownUser = { identifier: username };
          session.view = { kind: 'reset-password', requirements: [] };
          return redirect(ctx.res, '/reset-password', 303);
        }
        await advance(
          app,
          ctx,
          session,
          '/recover-password',
          async (client) => {
            // auth-js 8 starts recovery through the password authenticator's `recover` action.
            const started = await client.idx.recoverPassword();
            const canIdentify = started.neededToProceed?.some((r) => r.name === 'identify-recovery');
            return canIdentify ? client.idx.proceed({ step: 'identify-recovery', username }) : started;
          },
          { values: { username } },
        );
      },
    },
    {
      method: 'GET',
      path: '/reset-password',
      handler: (ctx) => {
        const step = onStep(app, ctx, 'reset-password');
        if (!step) return;
        sendHtml(ctx.res, 200, resetPasswordPage(app.look, step.view.requirements, takeFlash(step.session)));
      },
    },
    {
      method: 'POST',
      path: '/reset-password',
      handler: async (ctx) => {
        const step = onStep(app, ctx, 'reset-password');
        if (!step) return;
        const password = formValue(ctx, 'newPassword');
        if (!password) return rejectForm(ctx, step.session, '/reset-password', 'Enter a new password.');
        if (password !== formValue(ctx, 'confirmPassword') && !app.defects.has('sdk-app.reset-confirmation-ignored')) {
          return rejectForm(ctx, step.session, '/reset-password', 'The new password and its confirmation do not match.');
        }
        if (app.skipStep === 'recovery') {
          fakeSignIn(step.session);
          return redirect(ctx.res, '/', 303);
        }
        await advance(app, ctx, step.session, '/reset-password', (client) => client.idx.proceed({ step: 'reset-authenticator', password }));
      },
    },
  ];
}
