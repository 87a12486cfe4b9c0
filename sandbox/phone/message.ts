/**
 * Phone messages as the Twilio stand-in keeps them, and their Twilio JSON view (snake_case,
 * RFC 2822 dates with one-second precision, counts as strings, `error_code` as a number or null).
 */

export type Direction = 'inbound' | 'outbound-api';
export type Status = 'queued' | 'received' | 'delivered' | 'failed' | 'undelivered';

export interface PhoneMessage {
  sid: string;
  accountSid: string;
  from: string;
  to: string;
  /** Empty when a filter kept the body from being delivered. */
  body: string;
  direction: Direction;
  status: Status;
  errorCode: number | null;
  errorMessage: string | null;
  /** Epoch ms, truncated to the second like Twilio's dates. */
  sentMs: number;
  /** Set only by the sandbox's stale-message fault: the message is dated back to this time. */
  backdatedMs?: number;
}

export const API_VERSION = '2010-04-01';

/** `Mon, 06 May 2024 12:00:00 +0000`, the format twilio-node parses. */
export function rfc2822(ms: number): string {
  return new Date(ms).toUTCString().replace(/GMT$/, '+0000');
}

export function messageUri(accountSid: string, sid: string, suffix = '.json'): string {
  return `/${API_VERSION}/Accounts/${accountSid}/Messages/${sid}${suffix}`;
}

function segments(body: string): string {
  return String(Math.max(1, Math.ceil(body.length / 160)));
}

/** The Twilio JSON of a message; `asSent` is the sender's view right after the POST (queued). */
export function messageJson(message: PhoneMessage, asSent = false) {
  const date = rfc2822(message.sentMs);
  return {
    account_sid: message.accountSid,
    api_version: API_VERSION,
    body: message.body,
    date_created: date,
    date_sent: asSent ? null : date,
    date_updated: date,
    direction: asSent ? 'outbound-api' : message.direction,
    error_code: asSent ? null : message.errorCode,
    error_message: asSent ? null : message.errorMessage,
    from: message.from,
    messaging_service_sid: null,
    num_media: '0',
    num_segments: segments(message.body),
    price: null,
    price_unit: 'USD',
    sid: message.sid,
    status: asSent ? 'queued' : message.status,
    subresource_uris: { media: messageUri(message.accountSid, message.sid, '/Media.json') },
    to: message.to,
    uri: messageUri(message.accountSid, message.sid),
  };
}
