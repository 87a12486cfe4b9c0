/**
 * Message faults at the hand-over from the org to its providers: the org has sent the message (the
 * outbox and the System Log record it), then delivery is late, lost or doubled, as with a slow relay,
 * a carrier that drops an SMS, or a provider that retries a delivery it already made. A stale fault
 * puts an older message for the same recipient (an earlier code) in the inbox or on the phone first,
 * dated `delaySeconds` back, as if a previous attempt had left it there: readers must take the new one.
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { FaultBook } from './book.ts';

export type DeliveryChannel = 'email' | 'sms';

/**
 * The sandbox's own header (SMTP header, or HTTP header to the phone) dating a stale message back:
 * the inbox and the phone record it as received then. Only the fault sets it; real providers never see it.
 */
export const RECEIVED_AT_HEADER = 'x-sandbox-received-at';

/** Delivers an older message for the same recipient, recorded as received `ageMs` ago. */
export type StaleDelivery = (ageMs: number) => Promise<void>;

export function deliverWithFaults(
  faults: FaultBook | undefined,
  channel: DeliveryChannel,
  to: string,
  deliver: () => Promise<void>,
  deliverStale?: StaleDelivery,
): Promise<void> {
  // Taken apart from the others, so a stale message can come with a late, lost or doubled new one.
  const stale = deliverStale && faults?.take([`${channel}-stale`], [to]);
  const before = stale ? deliverStale(stale.delaySeconds * 1000) : Promise.resolve();
  const rule = faults?.take([`${channel}-never`, `${channel}-late`, `${channel}-twice`], [to]);
  return before.then(() => {
    if (!rule) return deliver();
    if (rule.fault.endsWith('-never')) return undefined;
    if (rule.fault.endsWith('-twice')) return deliver().then(deliver);
    return delay(rule.delaySeconds * 1000).then(deliver);
  });
}

/** An earlier code: every digit differs from the current one, so taking it by mistake shows. */
export function earlierCode(otp: string): string {
  return otp.replace(/\d/g, (d) => String((Number(d) + 5) % 10));
}
