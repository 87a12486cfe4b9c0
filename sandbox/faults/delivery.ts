/**
 * Message faults at the hand-over from the org to its providers: the org has sent the message (the
 * outbox and the System Log record it), then delivery is late, lost or doubled, as with a slow relay,
 * a carrier that drops an SMS, or a provider that retries a delivery it already made.
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { FaultBook } from './book.ts';

export type DeliveryChannel = 'email' | 'sms';

export function deliverWithFaults(faults: FaultBook | undefined, channel: DeliveryChannel, to: string, deliver: () => Promise<void>): Promise<void> {
  const rule = faults?.take([`${channel}-never`, `${channel}-late`, `${channel}-twice`], [to]);
  if (!rule) return deliver();
  if (rule.fault.endsWith('-never')) return Promise.resolve();
  if (rule.fault.endsWith('-twice')) return deliver().then(deliver);
  return delay(rule.delaySeconds * 1000).then(deliver);
}
