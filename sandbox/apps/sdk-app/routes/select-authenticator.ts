/** Steps 4–5: the authenticator list, and `idx.authenticate` with the chosen authenticator. */
import { sendHtml, type Route } from '../../../lib/http.ts';
import { advance, type SdkAppContext } from '../advance.ts';
import { selectAuthenticatorPage } from '../pages/select-authenticator.ts';
import { takeFlash } from '../session.ts';
import type { AuthenticatorOption } from '../step-view.ts';
import { formValue, onStep, rejectForm } from './guard.ts';

const PATH = '/select-authenticator';

/** The options the org offered, as the page lists them (two seeded defects list others). */
function shownOptions(app: SdkAppContext, options: AuthenticatorOption[]): AuthenticatorOption[] {
  let shown = options;
  if (app.defects.has('sdk-app.authenticator-list-drops-phone')) shown = shown.filter((o) => o.key !== 'phone_number');
  if (app.defects.has('sdk-app.authenticator-list-adds-email') && !shown.some((o) => o.key === 'okta_email')) {
    shown = [...shown, { ...shown[0], key: 'okta_email', label: 'Email' }];
  }
  return shown;
}

export function selectAuthenticatorRoutes(app: SdkAppContext): Route[] {
  return [
    {
      method: 'GET',
      path: PATH,
      handler: (ctx) => {
        const step = onStep(app, ctx, 'select-authenticator');
        if (!step) return;
        sendHtml(ctx.res, 200, selectAuthenticatorPage(app.look, shownOptions(app, step.view.options), takeFlash(step.session)));
      },
    },
    {
      method: 'POST',
      path: PATH,
      handler: async (ctx) => {
        const step = onStep(app, ctx, 'select-authenticator');
        if (!step) return;
        const key = formValue(ctx, 'authenticator');
        if (!step.view.options.some((option) => option.key === key)) {
          return rejectForm(ctx, step.session, PATH, 'Choose one of the authenticators in the list.');
        }
        await advance(app, ctx, step.session, PATH, (client) => client.idx.proceed({ step: step.view.step, authenticator: key }));
      },
    },
  ];
}
