/** Steps 6–8: the phone number (checked for the `+` format the SDK requires) and the SMS request. */
import { redirect, sendHtml, type Route } from '../../../lib/http.ts';
import { advance, type SdkAppContext } from '../advance.ts';
import { phoneEnrollmentPage } from '../pages/phone-enrollment.ts';
import { takeFlash } from '../session.ts';
import { formValue, onStep, rejectForm } from './guard.ts';

const PATH = '/enroll-authenticator/phone_number/enrollment-data';

/** People type spaces, dashes, dots and parentheses; the org wants `+` and digits only. */
export function normalizePhoneNumber(input: string): string | undefined {
  const compact = input.replace(/[\s\-().]/g, '');
  return /^\+\d+$/.test(compact) ? compact : undefined;
}

export function phoneEnrollmentRoutes(app: SdkAppContext): Route[] {
  return [
    {
      method: 'GET',
      path: PATH,
      handler: (ctx) => {
        const step = onStep(app, ctx, 'phone-enrollment-data');
        if (!step) return;
        const flash = takeFlash(step.session);
        sendHtml(ctx.res, 200, phoneEnrollmentPage(app.look, flash, flash.values?.phoneNumber));
      },
    },
    {
      method: 'POST',
      path: PATH,
      handler: async (ctx) => {
        const step = onStep(app, ctx, 'phone-enrollment-data');
        if (!step) return;
        const typed = formValue(ctx, 'phoneNumber').trim();
        const normalized = normalizePhoneNumber(typed);
        if (!normalized) {
          if (app.defects.has('sdk-app.phone-number-error-swallowed')) return redirect(ctx.res, PATH, 303);
          return rejectForm(ctx, step.session, PATH, 'Enter the phone number in the + format with the country code, for example +15555550100.', {
            phoneNumber: typed,
          });
        }
        const phoneNumber = app.defects.has('sdk-app.phone-number-digit-dropped') ? normalized.slice(0, -1) : normalized;
        await advance(app, ctx, step.session, PATH, (client) =>
          client.idx.proceed({ step: 'authenticator-enrollment-data', methodType: 'sms', phoneNumber }),
          { values: { phoneNumber: typed } },
        );
      },
    },
  ];
}
