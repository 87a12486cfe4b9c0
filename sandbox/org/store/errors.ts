/**
 * Failures the store reports in Okta's own terms (HTTP status, error code, summary, causes), so the
 * Management API can answer with them unchanged and the IDX layer can map them to its messages.
 */
export class OrgApiError extends Error {
  readonly status: number;
  readonly errorCode: string;
  readonly errorSummary: string;
  readonly errorCauses: string[];

  constructor(status: number, errorCode: string, errorSummary: string, errorCauses: string[] = []) {
    super(`${errorCode} ${errorSummary}${errorCauses.length ? ` (${errorCauses.join('; ')})` : ''}`);
    this.name = 'OrgApiError';
    this.status = status;
    this.errorCode = errorCode;
    this.errorSummary = errorSummary;
    this.errorCauses = errorCauses;
  }
}

export function notFound(id: string, kind: string): OrgApiError {
  return new OrgApiError(404, 'E0000007', `Not found: Resource not found: ${id} (${kind})`);
}

export function validationFailed(field: string, cause: string): OrgApiError {
  return new OrgApiError(400, 'E0000001', `Api validation failed: ${field}`, [`${field}: ${cause}`]);
}

export function invalidStatus(action: string, status: string): OrgApiError {
  return new OrgApiError(403, 'E0000038', `This operation is not allowed in the user's current status.`, [
    `Cannot ${action} a user whose status is ${status}.`,
  ]);
}

export function isOrgApiError(error: unknown): error is OrgApiError {
  return error instanceof OrgApiError;
}
