/**
 * The Management API's handler contract: a handler returns a `Reply` (or throws an OrgApiError) and
 * the wrapper in `index.ts` writes it with Okta's headers. Keeping handlers free of response
 * plumbing makes each one a few lines of store calls and serialization.
 */
import type { Method, RequestContext } from '../../lib/http.ts';
import { OrgApiError } from '../store/errors.ts';
import { randomToken } from '../store/ids.ts';

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type MgmtHandler = (ctx: RequestContext) => Reply | Promise<Reply>;

export interface MgmtRoute {
  method: Method;
  path: string;
  /** Rate-limit bucket (a key of `throttles.api.perWindow`). */
  bucket: string;
  handler: MgmtHandler;
}

export const ok = (body: unknown, headers?: Record<string, string>): Reply => ({ status: 200, body, headers });
export const noContent = (): Reply => ({ status: 204 });

export function errorBody(error: OrgApiError) {
  return {
    errorCode: error.errorCode,
    errorSummary: error.errorSummary,
    errorLink: error.errorCode,
    errorId: `oae${randomToken(22)}`,
    errorCauses: error.errorCauses.map((errorSummary) => ({ errorSummary })),
  };
}

/** The JSON body of a write request, or Okta's E0000003 when it is missing or not JSON. */
export function jsonBody(ctx: RequestContext): Record<string, unknown> {
  if (ctx.body && typeof ctx.body === 'object' && !Array.isArray(ctx.body)) return ctx.body as Record<string, unknown>;
  throw new OrgApiError(400, 'E0000003', 'The request body was not well-formed.', [
    `Expected a JSON object with Content-Type: application/json; got ${ctx.rawBody ? 'a body that is not a JSON object' : 'no body'}.`,
  ]);
}

/** Query flags are strings on the wire; Okta treats anything but "false" as given-and-true for booleans it defaults to true. */
export function flag(query: URLSearchParams, name: string, fallback: boolean): boolean {
  const value = query.get(name);
  if (value === null || value === '') return fallback;
  return value.toLowerCase() === 'true';
}

export const link = (href: string, method?: string) => (method ? { href, method } : { href });
