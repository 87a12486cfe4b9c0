/**
 * A code that never arrived is judged from the org's own record. If the System Log shows the org
 * sent the message (system.email.* / system.sms.* to the recipient), the target did its part and
 * delivery failed: INCONCLUSIVE. If the org never sent it, the flow did not trigger it: FAIL.
 * A System Log that cannot be read leaves the question open (INCONCLUSIVE, with that reason).
 */
import { MessageNotReceivedError, TargetError, type ConformanceError } from '../errors.ts';
import type { OktaAdmin } from '../okta/admin-client.ts';
import { oktaCall } from '../okta/errors.ts';

export type Channel = 'email' | 'SMS';

export interface SentEvent {
  eventType: string;
  published: string;
}

interface LogTarget {
  id?: string;
  alternateId?: string;
  displayName?: string;
}

interface LogEventShape {
  eventType?: string;
  published?: Date | string;
  target?: LogTarget[];
  debugContext?: { debugData?: Record<string, unknown> };
}

const EVENT_PREFIX: Record<Channel, string> = { email: 'system.email.', SMS: 'system.sms.' };

function sameRecipient(channel: Channel, a: string, b: string): boolean {
  if (channel === 'SMS') return a.replace(/\D/g, '') !== '' && a.replace(/\D/g, '') === b.replace(/\D/g, '');
  return a.toLowerCase() === b.toLowerCase();
}

/** Whether one System Log event is the org sending `channel` to `recipient`. */
export function isSendEventFor(event: LogEventShape, channel: Channel, recipient: string): boolean {
  if (!event.eventType?.startsWith(EVENT_PREFIX[channel])) return false;
  const values = (event.target ?? []).flatMap((t) => [t.id, t.alternateId, t.displayName]);
  const debug = event.debugContext?.debugData ?? {};
  values.push(...['phoneNumber', 'email', 'recipient'].map((k) => (typeof debug[k] === 'string' ? (debug[k] as string) : undefined)));
  return values.some((v) => v !== undefined && sameRecipient(channel, v, recipient));
}

/** The org's send events for `recipient` since `since`, oldest first. */
export async function sentEvents(admin: OktaAdmin, channel: Channel, recipient: string, since: Date): Promise<SentEvent[]> {
  return oktaCall(`read the System Log for ${channel} sent to ${recipient}`, admin.orgUrl, async () => {
    const collection = await admin.client.systemLogApi.listLogEvents({
      since: since.toISOString(),
      filter: `eventType sw "${EVENT_PREFIX[channel]}"`,
      limit: 100,
    });
    const found: SentEvent[] = [];
    for await (const event of collection as AsyncIterable<LogEventShape>) {
      if (event && isSendEventFor(event, channel, recipient)) {
        found.push({ eventType: event.eventType ?? '', published: new Date(event.published ?? 0).toISOString() });
      }
    }
    return found;
  });
}

/** Turns "nothing arrived" into the verdict's evidence: delivery (sent) or the target (never sent). */
export async function explainMissingMessage(
  admin: OktaAdmin,
  missing: MessageNotReceivedError,
  { channel, recipient, since }: { channel: Channel; recipient: string; since: Date },
): Promise<ConformanceError> {
  let events: SentEvent[];
  try {
    events = await sentEvents(admin, channel, recipient, since);
  } catch (error) {
    return new MessageNotReceivedError(missing.message.split('\n', 1)[0], {
      expected: missing.expected,
      seen: `${missing.seen ?? 'nothing'}; the System Log could not be read to tell whether the org sent it (${(error as Error).message.split('\n', 1)[0]})`,
      hint: missing.hint,
      cause: missing,
    });
  }
  if (events.length) {
    const last = events[events.length - 1];
    return new MessageNotReceivedError(`The org sent the ${channel} to ${recipient}, but it was never delivered`, {
      expected: missing.expected,
      seen: `${missing.seen ?? 'nothing'}; the org's System Log records ${last.eventType} at ${last.published}`,
      hint: `Delivery failed after the org sent it (${channel === 'SMS' ? 'telephony provider, carrier or number filter' : 'mail relay, spam filter or inbox'}): the target did its part; retry, and check the provider's status.`,
      cause: missing,
    });
  }
  return new TargetError(`The org never sent the ${channel} this step should have caused`, {
    expected: `a System Log event ${EVENT_PREFIX[channel]}* for ${recipient} after ${since.toISOString()}, then the message`,
    seen: `${missing.seen ?? 'nothing arrived'}, and no such event in the System Log`,
    hint: 'The app did not trigger the send (it skipped the guide step that asks the org for a code), or the org is configured not to send it.',
    cause: missing,
  });
}
