/**
 * The Management API client for test data. GET caching is off because the browser changes users
 * behind the SDK's back (sign-in sets lastLogin, recovery changes the password); retries are
 * bounded so a rate-limited org fails with a clear error instead of stalling the run.
 */
import { Client, DefaultRequestExecutor } from '@okta/okta-sdk-nodejs';

export interface OktaAdminSettings {
  orgUrl: string;
  apiToken: string;
}

export interface OktaAdmin {
  client: Client;
  orgUrl: string;
}

/** Retries of a 429 (the SDK waits for the X-Rate-Limit-Reset time before each). */
const MAX_RETRIES = 2;
export const REQUEST_TIMEOUT_MS = 30_000;

export function createOktaAdmin({ orgUrl, apiToken }: OktaAdminSettings): OktaAdmin {
  const client = new Client({
    orgUrl,
    token: apiToken,
    authorizationMode: 'SSWS',
    cacheMiddleware: null,
    requestExecutor: new DefaultRequestExecutor({ maxRetries: MAX_RETRIES, requestTimeout: REQUEST_TIMEOUT_MS }),
  });
  return { client, orgUrl };
}
