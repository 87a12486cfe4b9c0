/** OAuth-style answers: `application/json`, `{error, error_description}`, never cached. */
import { sendJson, type RequestContext } from '../../lib/http.ts';

export const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

export function sendOAuth(ctx: RequestContext, status: number, body: unknown): void {
  sendJson(ctx.res, status, body, NO_STORE);
}

export function sendOAuthError(ctx: RequestContext, status: number, error: string, description: string): void {
  sendOAuth(ctx, status, { error, error_description: description });
}

/** Okta's answer for an authorization server id that does not exist (or is inactive). */
export function sendUnknownServer(ctx: RequestContext): void {
  sendJson(ctx.res, 404, {
    errorCode: 'E0000007',
    errorSummary: `Not found: Resource not found: ${ctx.params.authServerId ?? 'org'} (AuthorizationServer)`,
    errorLink: 'E0000007',
    errorId: 'oae-sandbox',
    errorCauses: [],
  });
}

export function formOf(ctx: RequestContext): Record<string, string> {
  const body = ctx.body;
  if (!body || typeof body !== 'object') return {};
  return Object.fromEntries(Object.entries(body as Record<string, unknown>).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
}

/** Client credentials from `Authorization: Basic base64(id[:secret])` (public clients send no colon). */
export function basicClient(ctx: RequestContext): { clientId?: string; clientSecret?: string } {
  const header = ctx.req.headers.authorization ?? '';
  if (!header.startsWith('Basic ')) return {};
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return { clientId: decodeURIComponent(decoded) };
  return { clientId: decodeURIComponent(decoded.slice(0, colon)), clientSecret: decodeURIComponent(decoded.slice(colon + 1)) };
}
