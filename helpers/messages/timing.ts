/** How long message readers wait, shared by the email and SMS readers. */
export interface MessageWaitSettings {
  timeoutMs: number;
  /** The first pause between two polls; each empty poll (after `fastPolls`) doubles it, up to `pollIntervalMs`. */
  firstPollIntervalMs?: number;
  /** How many pauses stay at `firstPollIntervalMs` before they double. */
  fastPolls?: number;
  /** The longest pause between two polls: the provider-friendly steady interval. */
  pollIntervalMs: number;
  /** Allowed difference between this machine's clock and the provider's timestamps. */
  clockSkewMs: number;
}

/**
 * Okta usually delivers within seconds; a minute covers slow real providers. The reader polls
 * while the triggering action runs (correlate.ts, `readDuringTrigger`), and a loopback inbox has the
 * message tens of milliseconds after the org sends it, somewhere in the action's first few hundred
 * milliseconds: so the first four pauses are 25 ms each, then they double (50, 100, 200, 400 ms)
 * and settle at every half second, which does not hammer a real provider's API. Each provider's
 * requests are also paced per worker (`pace.ts`: that burst of six, then four a second).
 */
export const DEFAULT_MESSAGE_WAIT: MessageWaitSettings = {
  timeoutMs: 60_000,
  firstPollIntervalMs: 25,
  fastPolls: 4,
  pollIntervalMs: 500,
  clockSkewMs: 2_000,
};

/**
 * Told, for each message a reader returns, how long after the start of its triggering action the
 * code was in hand (found and read): the latency every flow waits for, shown with the test.
 */
export type InHandReport = (channel: 'email' | 'SMS', ms: number) => void;
