/**
 * Correlating a message with the action that triggered it: only messages received after the
 * moment captured just before the action, sent to the exact recipient, not already consumed, and
 * exactly one of them. The wait watches a deadline; when it passes, the error names the recipient,
 * the criteria and the time waited.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { MessageNotReceivedError, TargetError } from '../errors.ts';

export interface CandidateMessage {
  id: string;
  receivedAt: Date;
}

export interface Expectation {
  /** `email` or `SMS`, for error messages. */
  channel: string;
  /** Exact recipient: an email address or an E.164 number. */
  recipient: string;
  /** Captured just before the triggering action. */
  receivedAfter: Date;
}

export interface WaitOptions {
  timeoutMs: number;
  /** First pause between two polls; it doubles after each empty poll (after `fastPolls`), up to `pollIntervalMs`. */
  firstPollIntervalMs?: number;
  /** How many pauses stay at `firstPollIntervalMs` before they start doubling. */
  fastPolls?: number;
  /** Longest pause between two polls of the provider; the deadline, not a count, ends the wait. */
  pollIntervalMs: number;
  now?: () => number;
  /** Stops the wait between two polls (its promise then rejects with the abort reason). */
  signal?: AbortSignal;
  /** When the wait gives up, if not `timeoutMs` after it started (read before every pause). */
  deadline?: () => number;
}

/** The pauses between polls: short while a fast delivery is likely, then the provider-friendly interval. */
export function* pollPauses({ firstPollIntervalMs, fastPolls = 0, pollIntervalMs }: Pick<WaitOptions, 'firstPollIntervalMs' | 'fastPolls' | 'pollIntervalMs'>): Generator<number, never> {
  let pause = Math.min(firstPollIntervalMs ?? pollIntervalMs, pollIntervalMs);
  for (let i = 1; i < fastPolls; i++) yield pause;
  for (;;) {
    yield pause;
    pause = Math.min(pause * 2, pollIntervalMs);
  }
}

/**
 * The messages that belong to the action: received at or after `receivedAfter` minus the allowed
 * clock skew (provider timestamps come from another machine and may be truncated to seconds),
 * and not consumed by an earlier read. The skew lets in messages dated just before the action only
 * for want of anything better: when some are dated at or after it, those dated before are an
 * earlier message for the same recipient (a stale code), not a second one for this action.
 */
export function selectNewMessages<T extends CandidateMessage>(
  items: readonly T[],
  receivedAfter: Date,
  consumed: ReadonlySet<string>,
  skewMs = 0,
): T[] {
  const since = receivedAfter.getTime() - skewMs;
  const fresh = items.filter((item) => item.receivedAt.getTime() >= since && !consumed.has(item.id));
  const certain = fresh.filter((item) => item.receivedAt.getTime() >= receivedAfter.getTime());
  return fresh.length > 1 && certain.length > 0 ? certain : fresh;
}

/**
 * Providers sometimes deliver one message twice. Copies with identical content are one message
 * (the oldest is kept); different contents stay, so a second code for one action is still an error.
 * `contentOf` may be undefined for a candidate whose content is unknown: it is always kept.
 */
export function collapseDuplicates<T extends CandidateMessage>(items: readonly T[], contentOf: (item: T) => string | undefined): { kept: T[]; copies: T[] } {
  const kept: T[] = [];
  const copies: T[] = [];
  const seen = new Set<string>();
  for (const item of [...items].sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime())) {
    const content = contentOf(item);
    if (content !== undefined && seen.has(content)) {
      copies.push(item);
      continue;
    }
    if (content !== undefined) seen.add(content);
    kept.push(item);
  }
  return { kept, copies };
}

/** Exactly one message or nothing yet; more than one is an error that names how many arrived. */
export function requireAtMostOne<T extends CandidateMessage>(items: readonly T[], expectation: Expectation): T | undefined {
  if (items.length > 1) {
    throw new TargetError(`More than one ${expectation.channel} arrived for one action`, {
      expected: `exactly one new ${expectation.channel} to ${expectation.recipient} after ${expectation.receivedAfter.toISOString()}`,
      seen: `${items.length} messages (received ${items.map((i) => i.receivedAt.toISOString()).join(', ')})`,
      hint: 'The target sent a message twice for a single action, or another test shares this recipient; recipients must be unique per test.',
    });
  }
  return items[0];
}

/** Polls `find` (first at once, then after growing pauses) until it yields one message or the deadline passes. */
export async function waitForOne<T extends CandidateMessage>(
  expectation: Expectation,
  find: () => Promise<readonly T[]>,
  options: WaitOptions,
): Promise<T> {
  const { timeoutMs, now = Date.now, signal } = options;
  const started = now();
  const deadline = options.deadline ?? (() => started + timeoutMs);
  const pauses = pollPauses(options);
  for (;;) {
    signal?.throwIfAborted();
    const found = requireAtMostOne(await find(), expectation);
    if (found) return found;
    const remaining = deadline() - now();
    if (remaining <= 0) throw notReceived(expectation, now() - started);
    await delay(Math.min(pauses.next().value, remaining), undefined, { signal });
  }
}

/**
 * Runs `trigger` while waiting for its one message, and reads the message (`read`) as soon as it
 * lands: a trigger goes on after the org sends (the next page, the org's own record of the send),
 * and a code can be in hand during those steps instead of after them. When the trigger is done,
 * one more look checks that the message is still the only new one, so a second message the rest
 * of the trigger caused (a resend the org should have refused) is caught as when reading after it.
 * A trigger that fails stops the wait, and its error is the one thrown. `inHandMs`: from the start
 * of the trigger until `read` was done.
 */
export async function readDuringTrigger<T extends CandidateMessage, R>(
  expectation: Expectation,
  trigger: () => Promise<unknown>,
  find: () => Promise<readonly T[]>,
  options: WaitOptions,
  read: (found: T) => Promise<R>,
): Promise<{ found: T; read: R; inHandMs: number }> {
  const started = performance.now();
  const stop = new AbortController();
  // The wait's time counts from the end of the trigger, as when reading after it: a long trigger
  // (a resend after the org's throttle) does not shorten it.
  let deadline = Number.POSITIVE_INFINITY;
  const now = options.now ?? Date.now;
  const reading = (async () => {
    const found = await waitForOne(expectation, find, { ...options, signal: stop.signal, deadline: () => deadline });
    return { found, read: await read(found), inHandMs: performance.now() - started };
  })();
  // Observed below; until then a failed wait must not count as an unhandled rejection.
  reading.catch(() => undefined);
  try {
    await trigger();
  } catch (error) {
    stop.abort();
    throw error;
  }
  deadline = now() + options.timeoutMs;
  const result = await reading;
  const others = (await find()).filter((candidate) => candidate.id !== result.found.id);
  requireAtMostOne([result.found, ...others], expectation);
  return result;
}

function notReceived(expectation: Expectation, waitedMs: number): MessageNotReceivedError {
  return new MessageNotReceivedError(`No ${expectation.channel} arrived for ${expectation.recipient}`, {
    expected: `one ${expectation.channel} sent to exactly ${expectation.recipient}, received after ${expectation.receivedAfter.toISOString()}`,
    seen: `nothing new after waiting ${(waitedMs / 1000).toFixed(1)} s`,
    hint: 'Check that the org sends this message (its email/SMS settings, telephony provider) and that the recipient is delivered to the configured inbox or number.',
  });
}
