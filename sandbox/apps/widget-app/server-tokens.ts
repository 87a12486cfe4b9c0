/**
 * The widget app's optional server-side token keeping (`tokens: 'server'`): the widget runs in the
 * browser as before, but the interaction code is exchanged by this server (the browser hands over
 * the code and its PKCE verifier), and the tokens live only in a server-side session behind an
 * HttpOnly cookie, as server-rendered apps built from Okta's samples do. Home, profile and sign-out
 * are server-rendered from that session; nothing is kept in the browser's storage.
 */
import { claimsTable, renderPage, type ProfileClaims } from '../shared/layout.ts';
import { redirect, sendEmpty, sendHtml, sendText, type RequestContext, type Route } from '../../lib/http.ts';
import { SessionStore, type Session } from '../sdk-app/session.ts';
import type { WidgetClientConfig } from './client-config.ts';

interface Tokens {
  accessToken: string;
  idToken?: string;
}

const TOKENS = 'tokens';

export function serverTokenRoutes(appName: string, config: () => WidgetClientConfig, sessions: () => SessionStore): Route[] {
  return [
    { method: 'GET', path: '/', handler: (ctx) => showHome(ctx, appName, sessions()) },
    { method: 'POST', path: '/login/exchange', handler: (ctx) => exchange(ctx, config(), sessions()) },
    { method: 'GET', path: '/profile', handler: (ctx) => showProfile(ctx, appName, config(), sessions()) },
    { method: 'POST', path: '/logout', handler: (ctx) => signOut(ctx, config(), sessions()) },
  ];
}

function tokensOf(session: Session | undefined): Tokens | undefined {
  const stored = session?.authStorage.get(TOKENS);
  return stored ? (JSON.parse(stored) as Tokens) : undefined;
}

function showHome(ctx: RequestContext, appName: string, sessions: SessionStore): void {
  const signedIn = Boolean(tokensOf(sessions.find(ctx.req)));
  const body = signedIn ? '<p>You are signed in. <a href="/profile">My profile</a></p>' : '<p>You are not signed in. <a href="/login">Sign in</a></p>';
  sendHtml(ctx.res, 200, renderPage({ appName, heading: 'Home', body }));
}

/** The browser's callback hands over the interaction code and its PKCE verifier; the server redeems them. */
async function exchange(ctx: RequestContext, config: WidgetClientConfig, sessions: SessionStore): Promise<void> {
  const body = (ctx.body ?? {}) as { interactionCode?: unknown; codeVerifier?: unknown };
  if (typeof body.interactionCode !== 'string' || typeof body.codeVerifier !== 'string') {
    return sendText(ctx.res, 400, 'interactionCode and codeVerifier are required');
  }
  const response = await fetch(`${config.issuer}/v1/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({ grant_type: 'interaction_code', client_id: config.clientId, interaction_code: body.interactionCode, code_verifier: body.codeVerifier }),
  });
  const answer = (await response.json().catch(() => ({}))) as { access_token?: string; id_token?: string; error_description?: string };
  if (!response.ok || !answer.access_token) return sendText(ctx.res, 400, `The code exchange failed: ${answer.error_description ?? response.status}`);
  const session = sessions.findOrCreate(ctx.req, ctx.res);
  session.authStorage.set(TOKENS, JSON.stringify({ accessToken: answer.access_token, idToken: answer.id_token } satisfies Tokens));
  sendEmpty(ctx.res, 204);
}

async function showProfile(ctx: RequestContext, appName: string, config: WidgetClientConfig, sessions: SessionStore): Promise<void> {
  const session = sessions.find(ctx.req);
  const tokens = tokensOf(session);
  if (!session || !tokens) return redirect(ctx.res, '/login', 302);
  const response = await fetch(`${config.issuer}/v1/userinfo`, { headers: { authorization: `Bearer ${tokens.accessToken}` } });
  if (!response.ok) {
    // A revoked or expired token means signed out.
    session.authStorage.delete(TOKENS);
    return redirect(ctx.res, '/login', 302);
  }
  const claims = (await response.json()) as ProfileClaims;
  const signOut = '<form method="post" action="/logout" class="actions"><button type="submit">Sign out</button></form>';
  sendHtml(ctx.res, 200, renderPage({ appName, heading: 'My profile', body: `${claimsTable(claims)}\n${signOut}` }));
}

async function signOut(ctx: RequestContext, config: WidgetClientConfig, sessions: SessionStore): Promise<void> {
  const session = sessions.find(ctx.req);
  const tokens = tokensOf(session);
  if (tokens) {
    // Revocation failing (org down, token already gone) must not keep the user signed in here.
    await fetch(`${config.issuer}/v1/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: config.clientId, token: tokens.accessToken, token_type_hint: 'access_token' }),
    }).catch(() => undefined);
  }
  if (session) sessions.destroy(session, ctx.res);
  redirect(ctx.res, '/', 303);
}
