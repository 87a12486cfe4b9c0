/** SMS delivery through a Twilio-compatible API: the org's "bring your own Twilio" telephony provider. */
import { RECEIVED_AT_HEADER } from '../../faults/delivery.ts';
import type { DeliveryOptions } from './smtp.ts';

export interface TelephonyTarget {
  baseUrl: string;
  accountSid: string;
  authToken: string;
  from: string;
}

export type SmsDelivery = (to: string, body: string, options?: DeliveryOptions) => Promise<void>;

export function twilioDelivery(target: TelephonyTarget): SmsDelivery {
  const base = target.baseUrl.replace(/\/+$/, '');
  const url = `${base}/2010-04-01/Accounts/${encodeURIComponent(target.accountSid)}/Messages.json`;
  const authorization = `Basic ${Buffer.from(`${target.accountSid}:${target.authToken}`).toString('base64')}`;
  return async (to, body, options = {}) => {
    const backdated: Record<string, string> = options.receivedAt ? { [RECEIVED_AT_HEADER]: options.receivedAt.toISOString() } : {};
    const response = await fetch(url, {
      method: 'POST',
      headers: { Authorization: authorization, 'Content-Type': 'application/x-www-form-urlencoded', ...backdated },
      body: new URLSearchParams({ To: to, From: target.from, Body: body }).toString(),
    });
    if (!response.ok) {
      const detail = (await response.text()).slice(0, 300);
      throw new Error(
        `Expected the telephony provider at ${base} to accept an SMS (2xx), but it answered ${response.status}: ${detail}. ` +
        'Check the phone service is running and the org was started with its account SID and auth token.',
      );
    }
  };
}
