/**
 * The IDX method step (`authenticator-verification-data`), shown by the variant look: the user picks
 * how the code is sent (SMS), and the app proceeds with that `methodType`. The reference look
 * answers it itself (advance.ts).
 */
import { sendHtml, type Route } from '../../../lib/http.ts';
import { advance, type SdkAppContext } from '../advance.ts';
import { methodPage } from '../pages/method.ts';
import { takeFlash } from '../session.ts';
import { stepPath } from '../step-view.ts';
import { formValue, onStep, rejectForm } from './guard.ts';

export function methodRoutes(app: SdkAppContext): Route[] {
  return [
    {
      method: 'GET',
      path: '/select-method/:key',
      handler: (ctx) => {
        const step = onStep(app, ctx, 'verification-data');
        if (!step) return;
        const path = stepPath(step.view);
        sendHtml(ctx.res, 200, methodPage(app.look, path, step.view.methods, takeFlash(step.session)));
      },
    },
    {
      method: 'POST',
      path: '/select-method/:key',
      handler: async (ctx) => {
        const step = onStep(app, ctx, 'verification-data');
        if (!step) return;
        const path = stepPath(step.view);
        const methodType = formValue(ctx, 'methodType');
        if (!step.view.methods.some((m) => m.value === methodType)) return rejectForm(ctx, step.session, path, 'Choose how to receive the code.');
        await advance(app, ctx, step.session, path, (client) => client.idx.proceed({ step: 'authenticator-verification-data', methodType }));
      },
    },
  ];
}
