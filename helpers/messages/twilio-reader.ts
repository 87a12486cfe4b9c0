/**
 * Reading the SMS Okta sends to a Twilio test number, through the `twilio` client (the real service
 * or the sandbox's compatible API). Twilio timestamps have one-second precision, so the time
 * window allows for clock skew and the consumed set, not the clock, keeps an old code out.
 */
import { ProviderError } from '../errors.ts';
import type { SecretRegistry } from '../secrets.ts';
import { collapseDuplicates, readDuringTrigger, selectNewMessages, type CandidateMessage, type Expectation } from './correlate.ts';
import { paced, type RequestPace } from './pace.ts';
import { ReceivedSms } from './received.ts';
import { DEFAULT_MESSAGE_WAIT, type InHandReport, type MessageWaitSettings } from './timing.ts';

export interface TwilioMessage {
  sid: string;
  to: string;
  body: string;
  status: string;
  errorCode: number | null;
  dateSent: Date | null;
  dateCreated: Date;
}

/** The part of the `twilio` client this reader uses (the real client satisfies it). */
export interface TwilioMessages {
  messages: {
    (sid: string): { remove(): Promise<boolean> };
    list(params: { to: string; dateSentAfter: Date; pageSize?: number; limit?: number }): Promise<TwilioMessage[]>;
  };
}

/** Twilio's inbound filter: OTP bodies sent to Twilio numbers may be blocked ("30038"). */
export const TWILIO_FILTERED_ERROR = 30038;

type Candidate = CandidateMessage & { message: TwilioMessage };

export class TwilioReader {
  private readonly consumed = new Set<string>();

  constructor(
    private readonly client: TwilioMessages,
    private readonly secrets: SecretRegistry,
    private readonly wait: MessageWaitSettings = DEFAULT_MESSAGE_WAIT,
    private readonly pace?: RequestPace,
    private readonly inHand?: InHandReport,
  ) {}

  async expectSms(number: string, trigger: () => Promise<unknown>): Promise<ReceivedSms> {
    const expectation: Expectation = { channel: 'SMS', recipient: number, receivedAfter: new Date() };
    // A listed message carries its body: in hand as soon as it is found.
    const { found, inHandMs } = await readDuringTrigger(expectation, trigger, () => this.find(expectation), this.wait, async () => undefined);
    this.inHand?.('SMS', inHandMs);
    this.consumed.add(found.id);
    await this.call(`delete message ${found.id}`, () => this.client.messages(found.id).remove());
    return new ReceivedSms(number, found.receivedAt, found.message.body, this.secrets);
  }

  private async find(expectation: Expectation): Promise<Candidate[]> {
    // Twilio compares dates at second (documented: day) granularity; widen, then filter exactly.
    const dateSentAfter = new Date(expectation.receivedAfter.getTime() - this.wait.clockSkewMs - 60_000);
    const messages = await this.call(
      `list messages to ${expectation.recipient}`,
      paced(this.pace, () => this.client.messages.list({ to: expectation.recipient, dateSentAfter, pageSize: 50, limit: 50 })),
    );
    const candidates = messages
      .filter((message) => digits(message.to) === digits(expectation.recipient))
      .map((message) => ({ id: message.sid, receivedAt: message.dateSent ?? message.dateCreated, message }));
    const fresh = selectNewMessages(candidates, expectation.receivedAfter, this.consumed, this.wait.clockSkewMs);
    const filtered = fresh.find((candidate) => candidate.message.errorCode === TWILIO_FILTERED_ERROR);
    if (filtered) throw filteredError(expectation, filtered.message);
    // The same SMS delivered twice is one SMS: the copies are consumed with it.
    const { kept, copies } = collapseDuplicates(fresh, (candidate) => candidate.message.body);
    for (const copy of copies) this.consumed.add(copy.id);
    return kept;
  }

  private async call<T>(what: string, operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      const { status, code, message } = (error ?? {}) as { status?: number; code?: number; message?: string };
      throw new ProviderError(`Twilio failed to ${what}`, {
        expected: 'a successful Twilio API call',
        seen: [status, code, message].filter(Boolean).join(' ') || String(error),
        hint: 'Check TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN (or TWILIO_API_KEY_SID and its secret) and, for a stand-in, TWILIO_API_BASE_URL.',
        cause: error,
      });
    }
  }
}

export function filteredError(expectation: Expectation, message: TwilioMessage): ProviderError {
  return new ProviderError('SMS provider filtered the message', {
    expected: `an SMS with a code delivered to ${expectation.recipient}`,
    seen: `Twilio message ${message.sid} with status "${message.status}" and error ${TWILIO_FILTERED_ERROR} (inbound message filtered)`,
    hint: 'Twilio blocks OTP messages to some numbers; use a number Twilio does not filter, or SMS_PROVIDER=mailosaur.',
  });
}

function digits(phone: string): string {
  return phone.replace(/\D/g, '');
}
