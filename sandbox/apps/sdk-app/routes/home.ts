/** Home, profile and sign-out: what a signed-in user sees, and the way out (tokens revoked). */
import { redirect, sendHtml, type Route } from '../../../lib/http.ts';
import type { SdkAppContext } from '../advance.ts';
import { createAuthClient } from '../auth-client.ts';
import { homePage } from '../pages/home.ts';
import { profilePage } from '../pages/profile.ts';
import { takeFlash } from '../session.ts';
import { loadProfile } from '../userinfo.ts';

export function homeRoutes(app: SdkAppContext): Route[] {
  return [
    {
      method: 'GET',
      path: '/',
      handler: async (ctx) => {
        const session = app.sessions.find(ctx.req);
        const profile = await loadProfile(app, session);
        sendHtml(ctx.res, 200, homePage(app.look, profile, takeFlash(session)));
      },
    },
    // The variant look has no profile page: its claims are on the home page.
    ...(app.look.profilePage ? [profileRoute(app)] : []),
    {
      method: 'POST',
      path: '/logout',
      handler: async (ctx) => {
        const session = app.sessions.find(ctx.req);
        if (app.skipStep === 'sign-out') return redirect(ctx.res, '/', 303);
        if (session && !app.defects.has('sdk-app.signout-keeps-session')) {
          const client = createAuthClient(app.auth, session);
          if (!app.defects.has('sdk-app.signout-not-revoked')) {
            // Revocation failing (org down, token already gone) must not keep the user signed in here.
            await client.revokeAccessToken().catch(() => undefined);
            await client.revokeRefreshToken().catch(() => undefined);
          }
          app.sessions.destroy(session, ctx.res);
        }
        redirect(ctx.res, '/', 303);
      },
    },
  ];
}

function profileRoute(app: SdkAppContext): Route {
  return {
    method: 'GET',
    path: '/profile',
    handler: async (ctx) => {
      const profile = await loadProfile(app, app.sessions.find(ctx.req));
      if (!profile) return redirect(ctx.res, '/login', 302);
      sendHtml(ctx.res, 200, profilePage(app.look, profile));
    },
  };
}
