/**
 * Management API faults for calls about one user (`/api/v1/users/{id or login}/...`): a 429 whose
 * `X-Rate-Limit-Reset` lies `delaySeconds` ahead (the SDK waits it out and retries, as a careful
 * client does), or a 503 (an outage the suite cannot be blamed for and cannot fix).
 */
import type { RequestContext } from '../lib/http.ts';
import type { Clock } from '../lib/service.ts';
import { OrgApiError } from '../org/store/errors.ts';
import type { OrgStore } from '../org/store/index.ts';
import type { FaultBook } from './book.ts';

export interface InjectedFault {
  error: OrgApiError;
  headers: Record<string, string>;
}

/** The id and login of the user a call is about, from the path or (user creation) the body's login. */
function userKeys(ctx: RequestContext, store: OrgStore): string[] {
  const fromPath = /^\/api\/v1\/users\/([^/]+)/.exec(ctx.url.pathname)?.[1];
  const idOrLogin = fromPath ? decodeURIComponent(fromPath) : undefined;
  const user = idOrLogin ? store.users.get(idOrLogin) : undefined;
  const body = ctx.body as { profile?: { login?: unknown } } | undefined;
  const login = typeof body?.profile?.login === 'string' ? body.profile.login : undefined;
  return [idOrLogin, user?.id, user?.profile.login, login].filter((k): k is string => Boolean(k));
}

export function mgmtFault(faults: FaultBook | undefined, ctx: RequestContext, store: OrgStore, clock: Clock): InjectedFault | undefined {
  if (!faults) return undefined;
  const keys = userKeys(ctx, store);
  if (!keys.length) return undefined;
  const rule = faults.take(['mgmt-429', 'mgmt-503'], keys);
  if (!rule) return undefined;
  if (rule.fault === 'mgmt-503') {
    return { error: new OrgApiError(503, 'E0000009', 'Internal Server Error: the service is temporarily unavailable'), headers: { 'Retry-After': '1' } };
  }
  const reset = Math.ceil(clock.now() / 1000 + Math.max(1, rule.delaySeconds));
  return {
    error: new OrgApiError(429, 'E0000047', 'API call exceeded rate limit due to too many requests.'),
    headers: { 'X-Rate-Limit-Remaining': '0', 'X-Rate-Limit-Reset': String(reset) },
  };
}
