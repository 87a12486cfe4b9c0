/** Steps 1–2 of the guide: the sign-in page and `idx.authenticate` with username and password. */
import { sendHtml, type Route } from '../../../lib/http.ts';
import { advance, type SdkAppContext } from '../advance.ts';
import { resetAuthStorage } from '../auth-client.ts';
import { loginPage } from '../pages/login.ts';
import { takeFlash } from '../session.ts';
import { formValue, rejectForm } from './guard.ts';

export function loginRoutes(app: SdkAppContext): Route[] {
  return [
    {
      method: 'GET',
      path: '/login',
      handler: (ctx) => {
        const flash = takeFlash(app.sessions.find(ctx.req));
        sendHtml(ctx.res, 200, loginPage(app.look, flash, flash.values?.username));
      },
    },
    {
      method: 'POST',
      path: '/login',
      handler: async (ctx) => {
        const session = app.sessions.findOrCreate(ctx.req, ctx.res);
        const username = formValue(ctx, 'username').trim();
        const password = formValue(ctx, 'password');
        if (!username || !password) {
          return rejectForm(ctx, session, '/login', 'Enter your username and your password.', { username });
        }
        // A new sign-in starts a new transaction, whatever was left from an abandoned one.
        resetAuthStorage(session);
        await advance(app, ctx, session, '/login', (client) => client.idx.authenticate({ step: 'identify', username, password }), {
          values: { username },
        });
      },
    },
  ];
}
