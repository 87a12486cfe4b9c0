/**
 * The Management API client for test data. GET caching is off because the browser changes users
 * behind the SDK's back (sign-in sets lastLogin, recovery changes the password); retries are
 * bounded so a rate-limited org fails with a clear error instead of stalling the run. Requests
 * wait when the org says a bucket is nearly spent (`rate-budget.ts`), and are counted, so a
 * test's cost in calls is reported beside its result.
 */
import { Client, DefaultRequestExecutor } from '@okta/okta-sdk-nodejs';
import { RateBudget } from './rate-budget.ts';

export interface OktaAdminSettings {
  orgUrl: string;
  apiToken: string;
}

/** Management API calls made so far by one client (one worker). */
export interface CallCount {
  reads: number;
  writes: number;
}

export interface OktaAdmin {
  client: Client;
  orgUrl: string;
  calls: CallCount;
}

/** Retries of a 429 (the SDK waits for the X-Rate-Limit-Reset time before each). */
const MAX_RETRIES = 2;
export const REQUEST_TIMEOUT_MS = 30_000;

interface SdkRequest {
  url: string;
  method?: string;
}

/** The SDK's executor, plus the org's rate budget before each request and a count of calls. */
class BudgetedRequestExecutor extends DefaultRequestExecutor {
  constructor(
    private readonly budget: RateBudget,
    readonly calls: CallCount,
  ) {
    super({ maxRetries: MAX_RETRIES, requestTimeout: REQUEST_TIMEOUT_MS });
  }

  override async fetch(request: SdkRequest & Record<string, unknown>): Promise<Response> {
    await this.budget.beforeRequest(request.url);
    const method = (request.method ?? 'GET').toUpperCase();
    if (method === 'GET' || method === 'HEAD') this.calls.reads += 1;
    else this.calls.writes += 1;
    return super.fetch(request);
  }
}

export function createOktaAdmin({ orgUrl, apiToken }: OktaAdminSettings): OktaAdmin {
  const budget = new RateBudget();
  const calls: CallCount = { reads: 0, writes: 0 };
  const requestExecutor = new BudgetedRequestExecutor(budget, calls);
  requestExecutor.on('response', (response: Response) => budget.observe(response.url, response.headers));
  const client = new Client({ orgUrl, token: apiToken, authorizationMode: 'SSWS', cacheMiddleware: null, requestExecutor });
  return { client, orgUrl, calls };
}
