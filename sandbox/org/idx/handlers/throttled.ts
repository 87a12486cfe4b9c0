/** The message for a send refused by Okta's per-destination throttle (E0000109 SMS, E0000118 email). */
import type { SendOutcome } from '../flow/challenge.ts';
import type { IdxMessage } from '../messages.ts';

export function throttledMessage(outcome: Extract<SendOutcome, { sent: false }>): IdxMessage {
  return { message: outcome.errorSummary, i18n: { key: `errors.${outcome.errorCode}` }, class: 'ERROR' };
}
