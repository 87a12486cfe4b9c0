/** SMS delivery through a Twilio-compatible API: the org's "bring your own Twilio" telephony provider. */

export interface TelephonyTarget {
  baseUrl: string;
  accountSid: string;
  authToken: string;
  from: string;
}

export type SmsDelivery = (to: string, body: string) => Promise<void>;

export function twilioDelivery(target: TelephonyTarget): SmsDelivery {
  const base = target.baseUrl.replace(/\/+$/, '');
  const url = `${base}/2010-04-01/Accounts/${encodeURIComponent(target.accountSid)}/Messages.json`;
  const authorization = `Basic ${Buffer.from(`${target.accountSid}:${target.authToken}`).toString('base64')}`;
  return async (to, body) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { Authorization: authorization, 'Content-Type': 'application/x-www-form-urlencoded' },
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
