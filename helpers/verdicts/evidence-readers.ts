/**
 * Wraps a message reader (email or SMS) without changing its type, so that "nothing arrived" is
 * turned into evidence from the org's System Log (delivery-evidence.ts): sent is a delivery
 * problem, never sent is the target's.
 */
import { MessageNotReceivedError } from '../errors.ts';
import type { OktaAdmin } from '../okta/admin-client.ts';
import { explainMissingMessage, type Channel } from './delivery-evidence.ts';

export interface EvidenceOptions {
  admin: OktaAdmin;
  /** Provider clocks differ from ours: look a little before the trigger in the System Log. */
  clockSkewMs?: number;
}

const METHODS: Record<string, Channel> = { expectEmail: 'email', expectSms: 'SMS' };

export function withDeliveryEvidence<T extends object>(reader: T, options: EvidenceOptions): T {
  return new Proxy(reader, {
    get(target, property, receiver) {
      const original = Reflect.get(target, property, receiver) as unknown;
      const channel = typeof property === 'string' ? METHODS[property] : undefined;
      if (!channel || typeof original !== 'function') return original;
      return async (recipient: string, ...rest: unknown[]) => {
        const since = new Date(Date.now() - (options.clockSkewMs ?? 2_000));
        try {
          return await (original as (...a: unknown[]) => Promise<unknown>).call(target, recipient, ...rest);
        } catch (error) {
          if (!(error instanceof MessageNotReceivedError)) throw error;
          throw await explainMissingMessage(options.admin, error, { channel, recipient, since });
        }
      };
    },
  });
}
