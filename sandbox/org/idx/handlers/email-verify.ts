/**
 * GET /email/verify/{clientId}?token=… — the Okta-hosted magic link from the email. With an
 * email-verification callback configured for the app, it redirects there with the OTP and the
 * interact `state` (the app resumes the transaction in that browser); without one, it verifies
 * the challenge here and the original tab's next poll moves on.
 */
import { redirect, sendHtml, escapeHtml, type Route } from '../../../lib/http.ts';
import type { IdxDeps } from '../deps.ts';

function page(title: string, text: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
    `<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></main></body></html>`;
}

export function emailVerifyRoute(deps: IdxDeps): Route {
  return {
    method: 'GET',
    path: '/email/verify/:clientId',
    handler: (ctx) => {
      const tx = deps.transactions.byLinkToken(ctx.query.get('token'));
      const challenge = tx?.challenge;
      if (!tx || !challenge || tx.clientId !== ctx.params.clientId || challenge.expiresAt < deps.clock.now()) {
        return sendHtml(ctx.res, 410, page('This link has expired', 'The email link has expired or was already used. Go back to the sign-in page and request a new one.'));
      }
      const callback = deps.dir.app(tx.clientId)?.emailVerifyUrl;
      if (callback) {
        const target = new URL(callback);
        if (!deps.defects.has('org.magic-link-drops-otp')) target.searchParams.set('otp', challenge.otp);
        target.searchParams.set('state', tx.state);
        return redirect(ctx.res, target.toString(), 302, { 'Cache-Control': 'no-store' });
      }
      challenge.verifiedByLink = true;
      return sendHtml(ctx.res, 200, page('Please return to the original tab', 'Your email is verified. Return to the tab where you started signing in to continue.'));
    },
  };
}
