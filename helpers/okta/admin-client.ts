/**
 * The Management API client for test data. GET caching is off because the browser changes users
 * behind the SDK's back (sign-in sets lastLogin, recovery changes the password); retries are
 * bounded so a rate-limited org fails with a clear error instead of stalling the run. Requests
 * wait when the org says a bucket is nearly spent (`rate-budget.ts`), and are counted, so a
 * test's cost in calls is reported beside its result.
 *
 * The SDK is loaded on first use, not on import: it takes time to load, and the runner process
 * imports this module (global setup, test listing) long before anything calls the org, so a run
 * starts its workers that much sooner.
 */
import type { Client } from '@okta/okta-sdk-nodejs';
import { requireBundled } from '../loading/bundled-package.ts';
import { RateBudget } from './rate-budget.ts';

type OktaSdk = typeof import('@okta/okta-sdk-nodejs');
/** Bundled with a code cache: ~0.25 s instead of ~1.0 s in each worker (helpers/loading/bundled-package.ts). */
const loadSdk = (): OktaSdk => requireBundled<OktaSdk>('@okta/okta-sdk-nodejs', import.meta.url);

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
  /** The SDK client, built (and the SDK loaded) on first use. */
  readonly client: Client;
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
function budgetedRequestExecutor(sdk: OktaSdk, budget: RateBudget, calls: CallCount) {
  class BudgetedRequestExecutor extends sdk.DefaultRequestExecutor {
    override async fetch(request: SdkRequest & Record<string, unknown>): Promise<Response> {
      await budget.beforeRequest(request.url);
      const method = (request.method ?? 'GET').toUpperCase();
      if (method === 'GET' || method === 'HEAD') calls.reads += 1;
      else calls.writes += 1;
      return super.fetch(request);
    }
  }
  const executor = new BudgetedRequestExecutor({ maxRetries: MAX_RETRIES, requestTimeout: REQUEST_TIMEOUT_MS });
  executor.on('response', (response: Response) => budget.observe(response.url, response.headers));
  return executor;
}

function buildClient({ orgUrl, apiToken }: OktaAdminSettings, calls: CallCount): Client {
  const sdk = loadSdk();
  const requestExecutor = budgetedRequestExecutor(sdk, new RateBudget(), calls);
  return new sdk.Client({ orgUrl, token: apiToken, authorizationMode: 'SSWS', cacheMiddleware: null, requestExecutor });
}

export function createOktaAdmin(settings: OktaAdminSettings): OktaAdmin {
  const calls: CallCount = { reads: 0, writes: 0 };
  let client: Client | undefined;
  return {
    orgUrl: settings.orgUrl,
    calls,
    get client() {
      client ??= buildClient(settings, calls);
      return client;
    },
  };
}
