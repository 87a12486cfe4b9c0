/** Steps 9–10: the verification-code page (SMS or email), its Resend code action and the answer. */
import { sendHtml, type RequestContext, type Route } from '../../../lib/http.ts';
import { advance, type SdkAppContext } from '../advance.ts';
import { verificationCodePage } from '../pages/verification-code.ts';
import { takeFlash } from '../session.ts';
import { stepPath } from '../step-view.ts';
import { formValue, onStep, rejectForm } from './guard.ts';
import { fakeSignIn } from '../skip-step.ts';

export function verificationCodeRoutes(app: SdkAppContext): Route[] {
  const routes: Route[] = [];
  for (const base of ['/enroll-authenticator/:key', '/challenge-authenticator/:key']) {
    routes.push({ method: 'GET', path: base, handler: (ctx) => showCodePage(app, ctx) });
    routes.push({ method: 'POST', path: base, handler: (ctx) => submitCode(app, ctx) });
  }
  routes.push({ method: 'POST', path: '/resend', handler: (ctx) => resendCode(app, ctx) });
  return routes;
}

function codeStep(app: SdkAppContext, ctx: RequestContext) {
  const step = onStep(app, ctx, 'code');
  if (!step) return undefined;
  const path = stepPath(step.view);
  return { ...step, path };
}

function showCodePage(app: SdkAppContext, ctx: RequestContext): void {
  const step = codeStep(app, ctx);
  if (!step) return;
  if (step.path !== ctx.url.pathname) return void ctx.res.writeHead(303, { Location: step.path }).end();
  const { view } = step;
  const page = verificationCodePage(app.look, { action: step.path, key: view.key, sentTo: view.sentTo, canResend: Boolean(view.resendAction) }, takeFlash(step.session));
  sendHtml(ctx.res, 200, page);
}

async function submitCode(app: SdkAppContext, ctx: RequestContext): Promise<void> {
  const step = codeStep(app, ctx);
  if (!step) return;
  const verificationCode = formValue(ctx, 'verificationCode').trim();
  if (!verificationCode) return rejectForm(ctx, step.session, step.path, 'Enter the verification code.');
  if (app.skipStep === 'phone-verification' && step.view.key === 'phone_number') {
    fakeSignIn(step.session);
    return void ctx.res.writeHead(303, { Location: '/' }).end();
  }
  await advance(app, ctx, step.session, step.path, (client) => client.idx.proceed({ step: step.view.step, verificationCode }));
}

async function resendCode(app: SdkAppContext, ctx: RequestContext): Promise<void> {
  const step = codeStep(app, ctx);
  if (!step) return;
  const action = step.view.resendAction;
  if (!action) return rejectForm(ctx, step.session, step.path, 'This step cannot send a new code.');
  if (app.defects.has('sdk-app.resend-fake-success')) {
    step.session.flash = { notices: ['We sent a new code.'] };
    return void ctx.res.writeHead(303, { Location: step.path }).end();
  }
  await advance(app, ctx, step.session, step.path, (client) => client.idx.proceed({ actions: [action] }), {
    notice: 'We sent a new code.',
  });
}
