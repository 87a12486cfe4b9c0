/**
 * The phone stand-in's message log, newest first. One account both sends (the org's telephony
 * provider) and receives (the suite's leased numbers), so a message to one of the account's own
 * numbers is recorded as the receiving number sees it: `inbound`, `received`.
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from '../lib/service.ts';
import type { DeliveryFilters } from './filters.ts';
import type { PhoneMessage } from './message.ts';

const CAPACITY = 5000;
const digits = (value: string) => value.replace(/\D/g, '');

export class PhoneStore {
  private log: PhoneMessage[] = [];
  private readonly ownNumbers: Set<string> | undefined;

  /** `numbers`: the account's own numbers; absent means every destination counts as its own. */
  constructor(
    private readonly accountSid: string,
    private readonly clock: Clock,
    private readonly filters: DeliveryFilters,
    numbers?: string[],
  ) {
    this.ownNumbers = numbers && new Set(numbers.map(digits));
  }

  /** Records a message the account sent; returns it as stored and whether it was delivered. */
  /** `backdatedMs`: only for the stale-message fault, an earlier time to record it at. */
  send(from: string, to: string, body: string, backdatedMs?: number): { message: PhoneMessage; delivered: boolean } {
    const fault = this.filters.apply(to, body);
    const own = this.ownNumbers === undefined || this.ownNumbers.has(digits(to));
    const message: PhoneMessage = {
      sid: `SM${randomBytes(16).toString('hex')}`,
      accountSid: this.accountSid,
      from,
      to,
      // A filtered OTP never reaches the handset, so its text must not be readable from the log.
      body: fault ? '' : body,
      direction: own && !fault ? 'inbound' : 'outbound-api',
      status: fault ? fault.status : own ? 'received' : 'delivered',
      errorCode: fault?.errorCode ?? null,
      errorMessage: fault?.errorMessage ?? null,
      sentMs: Math.floor((backdatedMs ?? this.clock.now()) / 1000) * 1000,
      backdatedMs,
    };
    // Same-second messages keep arrival order: the later one is listed first.
    const index = this.log.findIndex((m) => m.sentMs <= message.sentMs);
    this.log.splice(index < 0 ? this.log.length : index, 0, message);
    if (this.log.length > CAPACITY) this.log.length = CAPACITY;
    return { message, delivered: !fault };
  }

  /** Newest first. */
  all(): PhoneMessage[] {
    return [...this.log];
  }

  get(sid: string): PhoneMessage | undefined {
    return this.log.find((m) => m.sid === sid);
  }

  delete(sid: string): boolean {
    const before = this.log.length;
    this.log = this.log.filter((m) => m.sid !== sid);
    return this.log.length < before;
  }
}
