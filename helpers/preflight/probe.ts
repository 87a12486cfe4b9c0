/**
 * One HTTP probe with a short deadline, whose failure is described in words a person can act on
 * (refused, unknown host, timed out) instead of a bare "fetch failed".
 */
import { describeNetworkFailure } from '../network.ts';

export interface ProbeResult {
  ok: boolean;
  status?: number;
  body?: string;
  /** Why no response came back, when none did. */
  failure?: string;
}

const PROBE_TIMEOUT_MS = 5_000;

export async function probe(url: string, init: RequestInit = {}): Promise<ProbeResult> {
  try {
    const response = await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    const body = await response.text().catch(() => '');
    return { ok: response.status < 400, status: response.status, body };
  } catch (error) {
    return { ok: false, failure: describeNetworkFailure(error, PROBE_TIMEOUT_MS) };
  }
}

/** Okta's error summary from a Management API error body, if there is one. */
export function oktaErrorSummary(body: string | undefined): string {
  try {
    const parsed = JSON.parse(body ?? '') as { errorCode?: string; errorSummary?: string };
    return parsed.errorCode ? `${parsed.errorCode} ${parsed.errorSummary ?? ''}`.trim() : '';
  } catch {
    return '';
  }
}
