/**
 * Network failures in words a person can act on (refused, unknown host, timed out) instead of a
 * bare "fetch failed", shared by every client wrapper: fetch puts the socket error's code on
 * `cause`, Node's http clients (the Okta SDK's node-fetch, mailosaur, twilio's axios) on the error.
 */

interface NetworkErrorShape {
  name?: string;
  code?: string;
  message?: string;
  cause?: { code?: string; message?: string };
}

/** Socket error codes that mean "no response came back at all". */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET', 'EHOSTUNREACH', 'ETIMEDOUT']);

export function networkErrorCode(error: unknown): string | undefined {
  const err = (error ?? {}) as NetworkErrorShape;
  return err.cause?.code ?? err.code;
}

/** True when the error says the other side was never reached (as opposed to an HTTP error). */
export function isUnreachable(error: unknown): boolean {
  const code = networkErrorCode(error);
  return code !== undefined && UNREACHABLE_CODES.has(code);
}

/** `timeoutMs`: the deadline the caller gave the request, named when it ran out. */
export function describeNetworkFailure(error: unknown, timeoutMs: number): string {
  const err = (error ?? {}) as NetworkErrorShape;
  if (err.name === 'TimeoutError') return `no answer within ${timeoutMs / 1000} s`;
  const code = networkErrorCode(error);
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused (nothing listens there)';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the host name does not resolve';
    case 'ECONNRESET':
      return 'the connection was reset';
    case 'EHOSTUNREACH':
      return 'the host is unreachable';
    case 'ETIMEDOUT':
      return 'the connection timed out';
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
