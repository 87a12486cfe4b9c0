/**
 * The record of every message the emulated org sends. Tests read codes and links from here instead
 * of going through SMTP or the phone service; it is never exposed over HTTP, because a real org has
 * no such window and the suite must not come to rely on one.
 */
import { EventEmitter } from 'node:events';

export type MessageKind = 'email' | 'sms';
export type MessageTemplate = 'EmailChallenge' | 'ForgotPassword' | 'EmailFactorVerification' | 'SmsVerifyCode';
/** Why the code was sent: to sign in, to enroll a new phone, or to recover a password. */
export type MessagePurpose = 'sign-in' | 'enrollment' | 'recovery';

export interface OutboxEntry {
  kind: MessageKind;
  template: MessageTemplate;
  purpose: MessagePurpose;
  /** Email address or E.164 phone number. */
  to: string;
  otp: string;
  /** The magic link (emails only). */
  link?: string;
  subject?: string;
  text: string;
  html?: string;
  userId?: string;
  /** Epoch milliseconds on the org's clock. */
  at: number;
}

export interface OutboxQuery {
  to?: string;
  kind?: MessageKind;
  template?: MessageTemplate;
  /** Only entries recorded at or after this time (org clock, epoch ms). */
  since?: number;
}

function matches(entry: OutboxEntry, query: OutboxQuery): boolean {
  if (query.to !== undefined && entry.to.toLowerCase() !== query.to.toLowerCase()) return false;
  if (query.kind !== undefined && entry.kind !== query.kind) return false;
  if (query.template !== undefined && entry.template !== query.template) return false;
  if (query.since !== undefined && entry.at < query.since) return false;
  return true;
}

export class Outbox {
  private readonly entries: OutboxEntry[] = [];
  private readonly events = new EventEmitter();

  record(entry: OutboxEntry): void {
    this.entries.push(Object.freeze({ ...entry }));
    this.events.emit('entry', entry);
  }

  /** Entries matching `query`, oldest first. */
  list(query: OutboxQuery = {}): OutboxEntry[] {
    return this.entries.filter((entry) => matches(entry, query));
  }

  /** The newest entry matching `query`, if any. */
  latest(query: OutboxQuery = {}): OutboxEntry | undefined {
    return this.list(query).at(-1);
  }

  /**
   * Resolves with the first entry matching `query` (already recorded or arriving later); rejects
   * once `timeoutMs` has passed, naming what it waited for (never the secrets it would have found).
   */
  waitFor(query: OutboxQuery, timeoutMs = 5000): Promise<OutboxEntry> {
    const found = this.latest(query);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const onEntry = (entry: OutboxEntry) => {
        if (!matches(entry, query)) return;
        clearTimeout(timer);
        this.events.off('entry', onEntry);
        resolve(entry);
      };
      const timer = setTimeout(() => {
        this.events.off('entry', onEntry);
        reject(new Error(
          `Expected the org to send a message matching ${JSON.stringify(query)} within ${timeoutMs} ms, ` +
          `but it sent none (${this.entries.length} message(s) in the outbox). ` +
          'Check that the flow reached the step that sends the code.',
        ));
      }, timeoutMs);
      this.events.on('entry', onEntry);
    });
  }

  clear(): void {
    this.entries.length = 0;
  }
}
