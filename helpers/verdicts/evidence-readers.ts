/**
 * Wraps a message reader (email or SMS) without changing its type: records when each code was in
 * hand after its trigger (for the report), and turns "nothing arrived" into evidence from the
 * org's System Log (delivery-evidence.ts).
 */
import { MessageNotReceivedError } from '../errors.ts';
import type { OktaAdmin } from '../okta/admin-client.ts';
import { explainMissingMessage, type Channel } from './delivery-evidence.ts';

export interface EvidenceOptions {
  admin: OktaAdmin;
  /** Where arrival times go: `message-arrival` annotations read by the conformance reporter. */
  annotate: (type: string, description: string) => void;
  /** Provider clocks differ from ours: look a little before the trigger in the System Log. */
  clockSkewMs?: number;
}

const METHODS: Record<string, Channel> = { expectEmail: 'email', expectSms: 'SMS' };

type Trigger = () => Promise<unknown>;

export function withDeliveryEvidence<T extends object>(reader: T, options: EvidenceOptions): T {
  return new Proxy(reader, {
    get(target, property, receiver) {
      const original = Reflect.get(target, property, receiver);
      const channel = typeof property === 'string' ? METHODS[property] : undefined;
      if (!channel || typeof original !== 'function') return original;
      return async (recipient: string, trigger: Trigger) => {
        const since = new Date(Date.now() - (options.clockSkewMs ?? 2_000));
        let triggeredAt = Date.now();
        const timedTrigger = () => {
          triggeredAt = Date.now();
          return trigger();
        };
        try {
          const message = await original.call(target, recipient, timedTrigger);
          options.annotate('message-arrival', `${channel} ${Date.now() - triggeredAt}`);
          return message;
        } catch (error) {
          if (!(error instanceof MessageNotReceivedError)) throw error;
          throw await explainMissingMessage(options.admin, error, { channel, recipient, since });
        }
      };
    },
  });
}
