/** How long message readers wait, shared by the email and SMS readers. */
export interface MessageWaitSettings {
  timeoutMs: number;
  /** The first pause between two polls; each empty poll doubles it, up to `pollIntervalMs`. */
  firstPollIntervalMs?: number;
  /** The longest pause between two polls: the provider-friendly steady interval. */
  pollIntervalMs: number;
  /** Allowed difference between this machine's clock and the provider's timestamps. */
  clockSkewMs: number;
}

/**
 * Okta usually delivers within seconds; a minute covers slow real providers. Delivery to a
 * loopback inbox takes milliseconds and to a real one about a second, so the reader looks again
 * after 25, 50, 100, 200 and 400 ms (a fast delivery is read almost as it lands) and then settles
 * at every half second, which does not hammer a real provider's API. Each provider's requests are
 * also paced per worker (`pace.ts`), whatever the schedule asks.
 */
export const DEFAULT_MESSAGE_WAIT: MessageWaitSettings = {
  timeoutMs: 60_000,
  firstPollIntervalMs: 25,
  pollIntervalMs: 500,
  clockSkewMs: 2_000,
};

/**
 * Told, for each message a reader returns, how long after the start of its triggering action the
 * code was in hand (found and read): the latency every flow waits for, shown with the test.
 */
export type InHandReport = (channel: 'email' | 'SMS', ms: number) => void;
