/** Okta's IDX messages for the situations the flows meet (idx-protocol.md §10). */

export type MessageClass = 'ERROR' | 'WARNING' | 'INFO';

export interface IdxMessage {
  message: string;
  i18n: { key: string; params?: unknown[] };
  class: MessageClass;
}

function message(key: string, text: string, cls: MessageClass = 'ERROR', params?: unknown[]): IdxMessage {
  return { message: text, i18n: params ? { key, params } : { key }, class: cls };
}

export const MESSAGES = {
  authenticationFailed: () => message('errors.E0000004', 'Authentication failed'),
  passcodeInvalid: () => message('api.authn.error.PASSCODE_INVALID', 'Invalid code. Try again.', 'ERROR', []),
  invalidPhone: () => message('api.factors.error.sms.invalid_phone', 'Invalid Phone Number.'),
  sessionExpired: () => message('idx.session.expired', 'The session has expired.'),
  passwordRequirementsNotMet: (requirements: string) =>
    message('password.passwordRequirementsNotMet', `Password requirements were not met. Password requirements: ${requirements}.`),
  recoveryNotAllowed: () =>
    message('oie.selfservice.reset.password.not.allowed', 'Reset password is not allowed at this time. Please contact support for assistance.'),
  userNotAssigned: () => message('idx.error.user.not.assigned.to.app', 'User is not assigned to this application.'),
  accessDenied: () => message('security.access_denied', 'You do not have permission to perform the requested action.'),
  transferredToNewTab: () => message('idx.transferred.to.new.tab', 'Flow continued in a new tab.', 'INFO'),
  outOfOrder: (what: string) =>
    message('idx.invalid.step', `This request cannot be handled at this step of the sign-in (${what}). Start the sign-in again.`),
  badRequest: (what: string) => message('E0000001', `Api validation failed: ${what}`),
} as const;
