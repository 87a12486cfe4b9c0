/**
 * The emulated org's Management API (`/api/v1`): a table of small handlers per concern, wrapped
 * with SSWS authentication, per-bucket rate limits and Okta's response headers and error body.
 */
import type { FaultBook } from '../../faults/book.ts';
import { mgmtFault } from '../../faults/mgmt.ts';
import type { RequestContext, Route } from '../../lib/http.ts';
import { sendJson } from '../../lib/http.ts';
import type { Clock } from '../../lib/service.ts';
import { OrgApiError } from '../store/errors.ts';
import { randomToken } from '../store/ids.ts';
import type { OrgStore } from '../store/index.ts';
import { appAssignmentRoutes } from './app-assignments.ts';
import { appRoutes } from './apps.ts';
import { authenticatorRoutes } from './authenticators.ts';
import { authorizationServerRoutes } from './authorization-servers.ts';
import { enrollmentRoutes } from './enrollments.ts';
import { factorRoutes, type FactorActivation } from './factors.ts';
import { groupRoutes } from './groups.ts';
import { lifecycleRoutes } from './lifecycle.ts';
import { logRoutes } from './logs.ts';
import { policyRoutes } from './policies.ts';
import { createRateLimiter, type RateLimiter } from './rate-limit.ts';
import { errorBody, type MgmtRoute, type Reply } from './reply.ts';
import { trustedOriginRoutes } from './trusted-origins.ts';
import { userRoutes } from './users.ts';

export interface MgmtOptions {
  /** The SSWS API token clients must send (`Authorization: SSWS <token>`). */
  apiToken: string;
  clock: Clock;
  /** Sends the activation code of a factor enrolled without `activate=true`; absent, such enrollments are refused. */
  factorActivation?: FactorActivation;
  /** Infrastructure faults keyed to the user a call is about (429 with reset, one-off 503). */
  faults?: FaultBook;
}

export type { FactorActivation } from './factors.ts';

export function mgmtRoutes(store: OrgStore, options: MgmtOptions): Route[] {
  const limiter = createRateLimiter(store.config, options.clock);
  const table: MgmtRoute[] = [
    ...userRoutes(store),
    ...lifecycleRoutes(store),
    ...factorRoutes(store, options.factorActivation),
    ...enrollmentRoutes(store),
    ...groupRoutes(store),
    ...appRoutes(store),
    ...appAssignmentRoutes(store),
    ...trustedOriginRoutes(store),
    ...authenticatorRoutes(store),
    ...policyRoutes(store),
    ...authorizationServerRoutes(store),
    ...logRoutes(store),
  ];
  return table.map((route) => ({
    method: route.method,
    path: route.path,
    handler: (ctx: RequestContext) => serve(ctx, route, options, limiter, store),
  }));
}

async function serve(ctx: RequestContext, route: MgmtRoute, options: MgmtOptions, limiter: RateLimiter, store: OrgStore) {
  const common = { Date: new Date(options.clock.now()).toUTCString(), 'X-Okta-Request-Id': randomToken(27) };
  const authError = checkToken(ctx, options.apiToken);
  if (authError) return write(ctx, errorReply(authError), { ...common, ...limiter.peek(route.bucket).headers });
  const limit = limiter.take(route.bucket);
  const headers = { ...common, ...limit.headers };
  const fault = mgmtFault(options.faults, ctx, store, options.clock);
  if (fault) return write(ctx, errorReply(fault.error), { ...headers, ...fault.headers });
  if (!limit.allowed) {
    return write(ctx, errorReply(new OrgApiError(429, 'E0000047', 'API call exceeded rate limit due to too many requests.')), headers);
  }
  try {
    write(ctx, await route.handler(ctx), headers);
  } catch (error) {
    if (!(error instanceof OrgApiError)) throw error;
    write(ctx, errorReply(error), headers);
  }
}

function checkToken(ctx: RequestContext, apiToken: string): OrgApiError | undefined {
  const header = String(ctx.req.headers.authorization ?? '');
  const match = /^SSWS\s+(.+)$/i.exec(header.trim());
  if (match && match[1] === apiToken) return undefined;
  return new OrgApiError(401, 'E0000011', 'Invalid token provided', [
    match ? 'The SSWS token does not match the sandbox org API token (OKTA_API_TOKEN).' : 'Send the header "Authorization: SSWS <OKTA_API_TOKEN>".',
  ]);
}

function errorReply(error: OrgApiError): Reply {
  return { status: error.status, body: errorBody(error) };
}

function write(ctx: RequestContext, reply: Reply, headers: Record<string, string>): void {
  const all = { ...headers, ...(reply.headers ?? {}) };
  if (reply.status === 204 || reply.body === undefined) {
    ctx.res.writeHead(reply.status, { ...all, 'Content-Type': 'application/json' }).end();
    return;
  }
  sendJson(ctx.res, reply.status, reply.body, all);
}
