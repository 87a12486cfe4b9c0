/**
 * One HTTP probe with a short deadline, whose failure is described in words a person can act on
 * (refused, unknown host, timed out) instead of a bare "fetch failed".
 */
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
    return { ok: false, failure: describeNetworkFailure(error) };
  }
}

/** Works for fetch errors (the code on `cause`) and Node socket errors (the code on the error). */
export function describeNetworkFailure(error: unknown, timeoutMs = PROBE_TIMEOUT_MS): string {
  const err = error as { name?: string; code?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError') return `no answer within ${timeoutMs / 1000} s`;
  const code = err.cause?.code ?? err.code;
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused (nothing listens there)';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the host name does not resolve';
    case 'ECONNRESET':
      return 'the connection was reset';
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
      return `its TLS certificate is not trusted (${code})`;
    default:
      // fetch refuses some well-known ports (1, 9, 25, ...) before connecting at all.
      if (err.cause?.message === 'bad port') return 'fetch refuses to connect to that port (a reserved one); use another port';
      return err.cause?.message ?? err.message ?? String(error);
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
