/**
 * Okta's per-recipient message throttles (one SMS or call per number every 30 s, one email per
 * recipient every 5 s). Windows come from the configuration and time from the store's clock, so a
 * test moves a ManualClock instead of waiting.
 */
import type { OrgConfig } from '../config/index.ts';

export type MessageChannel = 'sms' | 'voice' | 'email';

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterMs: number; errorCode: string; errorSummary: string };

export interface MessageThrottles {
  /** Record a send to `recipient` if its window is open; otherwise say how long to wait. */
  take(channel: MessageChannel, recipient: string): ThrottleDecision;
  /** Like `take` without recording anything. */
  peek(channel: MessageChannel, recipient: string): ThrottleDecision;
}

const REFUSAL: Record<MessageChannel, { errorCode: string; summary: (s: number) => string }> = {
  sms: { errorCode: 'E0000109', summary: (s) => `An SMS message was recently sent. Please wait ${s} seconds before trying again.` },
  voice: { errorCode: 'E0000133', summary: (s) => `A phone call was recently made. Please wait ${s} seconds before trying again.` },
  email: { errorCode: 'E0000118', summary: (s) => `An email was recently sent. Please wait ${s} seconds before trying again.` },
};

export function createMessageThrottles(config: OrgConfig, now: () => number): MessageThrottles {
  const lastSent = new Map<string, number>();
  const windowMs = (channel: MessageChannel) =>
    1000 * (channel === 'sms' ? config.throttles.smsPerNumberSeconds : channel === 'voice' ? config.throttles.voicePerNumberSeconds : config.throttles.emailPerRecipientSeconds);
  const keyOf = (channel: MessageChannel, recipient: string) => `${channel}:${recipient.toLowerCase()}`;

  const peek = (channel: MessageChannel, recipient: string): ThrottleDecision => {
    const last = lastSent.get(keyOf(channel, recipient));
    const wait = last === undefined ? 0 : last + windowMs(channel) - now();
    if (wait <= 0) return { allowed: true };
    const refusal = REFUSAL[channel];
    return { allowed: false, retryAfterMs: wait, errorCode: refusal.errorCode, errorSummary: refusal.summary(Math.ceil(windowMs(channel) / 1000)) };
  };

  return {
    peek,
    take(channel, recipient) {
      const decision = peek(channel, recipient);
      if (decision.allowed) lastSent.set(keyOf(channel, recipient), now());
      return decision;
    },
  };
}
