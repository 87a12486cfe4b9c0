/**
 * Reading emails and SMS through the `mailosaur` client (the real service, or the sandbox's
 * compatible API). One instance per test: it remembers what it consumed, and deletes every message
 * it read so a stale code can never be read twice.
 */
import { ProviderError } from '../errors.ts';
import type { SecretRegistry } from '../secrets.ts';
import { collapseDuplicates, readDuringTrigger, selectNewMessages, type CandidateMessage, type Expectation } from './correlate.ts';
import type { EmailContent } from './extract.ts';
import { paced, type RequestPace } from './pace.ts';
import { ReceivedEmail, ReceivedSms } from './received.ts';
import { DEFAULT_MESSAGE_WAIT, type InHandReport, type MessageWaitSettings } from './timing.ts';

interface Address {
  email?: string;
  phone?: string;
}

interface Summary {
  id: string;
  type?: string;
  received?: Date;
  to?: Address[];
}

interface FullMessage extends EmailContent {
  id?: string;
  subject?: string;
  received?: Date;
}

/** The part of `MailosaurClient` this reader uses (the real client satisfies it). */
export interface MailosaurMessages {
  messages: {
    search(
      serverId: string,
      criteria: { sentTo?: string },
      options?: { receivedAfter?: Date; itemsPerPage?: number; errorOnTimeout?: boolean },
    ): Promise<{ items?: Summary[] }>;
    getById(id: string): Promise<FullMessage>;
    del(id: string): Promise<void>;
  };
}

type Candidate = CandidateMessage & { summary: Summary };

export class MailosaurReader {
  private readonly consumed = new Set<string>();

  constructor(
    private readonly client: MailosaurMessages,
    private readonly serverId: string,
    private readonly secrets: SecretRegistry,
    private readonly wait: MessageWaitSettings = DEFAULT_MESSAGE_WAIT,
    private readonly pace?: RequestPace,
    private readonly inHand?: InHandReport,
  ) {}

  /** Runs `trigger` and returns the one email it caused `recipient` to receive. */
  async expectEmail(recipient: string, trigger: () => Promise<unknown>): Promise<ReceivedEmail> {
    const message = await this.expectMessage('email', recipient, trigger);
    return new ReceivedEmail(recipient, message.subject ?? '', message.received ?? new Date(), message, this.secrets);
  }

  /** Runs `trigger` and returns the one SMS it caused `number` (a Mailosaur SMS number) to receive. */
  async expectSms(number: string, trigger: () => Promise<unknown>): Promise<ReceivedSms> {
    const message = await this.expectMessage('SMS', number, trigger);
    return new ReceivedSms(number, message.received ?? new Date(), message.text?.body ?? '', this.secrets);
  }

  private async expectMessage(channel: 'email' | 'SMS', recipient: string, trigger: () => Promise<unknown>): Promise<FullMessage> {
    const expectation: Expectation = { channel, recipient, receivedAfter: new Date() };
    const { found, read: message, inHandMs } = await readDuringTrigger(expectation, trigger, () => this.find(expectation), this.wait, (found) =>
      this.call(`read message ${found.id}`, () => this.client.messages.getById(found.id)));
    this.inHand?.(channel, inHandMs);
    this.consumed.add(found.id);
    await this.call(`delete message ${found.id}`, () => this.client.messages.del(found.id));
    return message;
  }

  private async find(expectation: Expectation): Promise<Candidate[]> {
    const receivedAfter = new Date(expectation.receivedAfter.getTime() - this.wait.clockSkewMs);
    const result = await this.call(
      `search messages to ${expectation.recipient}`,
      paced(this.pace, () =>
        this.client.messages.search(this.serverId, { sentTo: expectation.recipient }, { receivedAfter, itemsPerPage: 50, errorOnTimeout: false }),
      ),
    );
    const candidates = (result.items ?? [])
      .filter((summary) => isSentTo(summary, expectation))
      .map((summary) => ({ id: summary.id, receivedAt: summary.received ?? new Date(0), summary }));
    const fresh = selectNewMessages(candidates, expectation.receivedAfter, this.consumed, this.wait.clockSkewMs);
    return fresh.length > 1 ? this.withoutCopies(fresh) : fresh;
  }

  /** Rare path: several new messages. Identical copies (a provider's double delivery) count as one. */
  private async withoutCopies(fresh: Candidate[]): Promise<Candidate[]> {
    const contents = new Map<string, string>();
    for (const candidate of fresh) {
      const full = await this.call(`read message ${candidate.id}`, () => this.client.messages.getById(candidate.id));
      contents.set(candidate.id, JSON.stringify([full.subject, full.text?.body, full.html?.body]));
    }
    const { kept, copies } = collapseDuplicates(fresh, (candidate) => contents.get(candidate.id));
    for (const copy of copies) {
      this.consumed.add(copy.id);
      await this.call(`delete message ${copy.id}`, () => this.client.messages.del(copy.id));
    }
    return kept;
  }

  private async call<T>(what: string, operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw new ProviderError(`Mailosaur failed to ${what}`, {
        expected: 'a successful Mailosaur API call',
        seen: describeProviderError(error),
        hint: 'Check MAILOSAUR_API_KEY, MAILOSAUR_SERVER_ID (8 characters) and, for a stand-in, MAILOSAUR_BASE_URL.',
        cause: error,
      });
    }
  }
}

/** Exact recipient: the search is a provider-side match, so check the address ourselves. */
function isSentTo(summary: Summary, expectation: Expectation): boolean {
  const wanted = expectation.channel === 'SMS' ? digits(expectation.recipient) : expectation.recipient.toLowerCase();
  return (summary.to ?? []).some((address) =>
    expectation.channel === 'SMS' ? digits(address.phone ?? '') === wanted : (address.email ?? '').toLowerCase() === wanted,
  );
}

function digits(phone: string): string {
  return phone.replace(/\D/g, '');
}

function describeProviderError(error: unknown): string {
  if (error && typeof error === 'object') {
    const { errorType, httpStatusCode, message } = error as { errorType?: string; httpStatusCode?: number; message?: string };
    return [errorType, httpStatusCode, message].filter(Boolean).join(' ');
  }
  return String(error);
}
