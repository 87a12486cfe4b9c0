/**
 * Turning Management API failures into typed errors that say whose fault they are. The SDK throws
 * `OktaApiError` (JSON error body), `HttpError` (non-JSON body) or node-fetch's `FetchError`
 * (no response at all); each maps to one of the suite's error classes.
 */
import {
  ConfigError,
  ConformanceError,
  ProviderError,
  RateLimitError,
  TargetError,
  TargetUnreachableError,
  isConformanceError,
} from '../errors.ts';
import { describeNetworkFailure, isUnreachable, networkErrorCode } from '../network.ts';
import { REQUEST_TIMEOUT_MS } from './admin-client.ts';

interface ApiErrorShape {
  status?: number | string;
  errorCode?: string | number;
  errorSummary?: string;
  headers?: { get(name: string): string | null };
  message?: string;
}

/** Maps an error thrown by `@okta/okta-sdk-nodejs` during `operation` to a ConformanceError. */
export function mapOktaError(error: unknown, operation: string, orgUrl: string): ConformanceError {
  if (isConformanceError(error)) return error;
  const shape = (error ?? {}) as ApiErrorShape;
  if (isUnreachable(error)) {
    return new TargetUnreachableError(`The Okta org at ${orgUrl} could not be reached (${operation})`, {
      expected: 'an HTTP response from the org',
      seen: `${networkErrorCode(error)}: ${describeNetworkFailure(error, REQUEST_TIMEOUT_MS)}`,
      hint: 'Check OKTA_ORG_URL (scheme, host, port) and that the org (or the sandbox) is running.',
      cause: error,
    });
  }
  const status = rateLimitGaveUp(shape.message) ? 429 : Number(shape.status);
  if (status === 401) {
    return new ConfigError(
      [`OKTA_API_TOKEN was rejected by ${orgUrl} (HTTP 401 ${shape.errorCode ?? ''}): create a token under Security > API > Tokens and put it in .env`],
      `The Okta Management API refused the API token (${operation})`,
    );
  }
  if (status === 403) {
    return new ConfigError(
      [`OKTA_API_TOKEN lacks permission for ${operation} (HTTP 403 ${shape.errorCode ?? ''}): use a token of an admin who can manage users`],
      'The Okta Management API denied the operation',
    );
  }
  if (status === 429) {
    const retryAfterMs = retryAfter(shape.headers);
    return new RateLimitError(`Okta rate limit hit during ${operation}`, {
      expected: 'a response within the rate limit',
      seen: `HTTP 429 ${shape.errorCode ?? ''} ${shape.errorSummary ?? ''}`.trim(),
      hint: 'Run fewer workers or wait for the limit to reset; the SDK already retried with the reset header.',
      retryAfterMs,
      cause: error,
    });
  }
  if (status === 502 || status === 503 || status === 504) {
    return new ProviderError(`The Okta org was unavailable during ${operation}`, {
      expected: 'a successful response',
      seen: `HTTP ${status} ${shape.errorCode ?? ''} ${shape.errorSummary ?? ''}`.trim(),
      hint: 'An outage or overload at the org, not a conformance failure: retry later, or check status.okta.com for a live org.',
      cause: error,
    });
  }
  return new TargetError(`The Okta Management API failed during ${operation}`, {
    expected: 'a successful response',
    seen: Number.isFinite(status)
      ? `HTTP ${status} ${shape.errorCode ?? ''} ${shape.errorSummary ?? ''}`.trim()
      : String(shape.message ?? error),
    hint: 'Check the org configuration for this operation; the errorCode is listed on developer.okta.com/docs/reference/error-codes.',
    cause: error,
  });
}

/**
 * When waiting for a 429's reset would exceed its request timeout, the SDK gives up with a plain
 * Error instead of the API error; it is still a rate limit, not a target failure.
 */
function rateLimitGaveUp(message: string | undefined): boolean {
  return /HTTP 429 retry delay would exceed/.test(message ?? '');
}

function retryAfter(headers: ApiErrorShape['headers']): number | undefined {
  const reset = Number(headers?.get('x-rate-limit-reset'));
  return Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - Date.now()) : undefined;
}

/** True when the SDK error says the resource does not exist (HTTP 404). */
export function isNotFound(error: unknown): boolean {
  return Number((error as ApiErrorShape | undefined)?.status) === 404;
}

/** Runs one Management API call and maps its failure. */
export async function oktaCall<T>(operation: string, orgUrl: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw mapOktaError(error, operation, orgUrl);
  }
}
