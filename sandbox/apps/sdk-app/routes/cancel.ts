/** Cancel on any step: the IDX `cancel` action, then a clean sign-in page. */
import { redirect, type Route } from '../../../lib/http.ts';
import type { SdkAppContext } from '../advance.ts';
import { createAuthClient, resetAuthStorage } from '../auth-client.ts';

export function cancelRoutes(app: SdkAppContext): Route[] {
  return [
    {
      method: 'POST',
      path: '/cancel',
      handler: async (ctx) => {
        const session = app.sessions.find(ctx.req);
        if (session?.view && !app.defects.has('sdk-app.cancel-keeps-transaction')) {
          const client = createAuthClient(app.auth, session);
          // The user is leaving whatever happens: an expired transaction cannot be cancelled,
          // and that must not keep them on the page.
          await client.idx.cancel().catch(() => undefined);
          resetAuthStorage(session);
        }
        redirect(ctx.res, app.look.cancelTo, 303);
      },
    },
  ];
}
