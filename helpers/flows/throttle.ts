/**
 * Okta's resend throttles, learned from the org instead of assumed. Okta refuses a message sent too
 * soon (E0000109 for SMS, E0000118 for email) with a summary that says how long to wait ("Please
 * wait 30 seconds before trying again"); the flows resend, and when the org refuses, they wait what
 * it asked for and resend once more. A live org thus waits Okta's real 30 s and the sandbox the
 * short window its configuration sets, through the same code. Waits watch a deadline; nothing here
 * knows a throttle's length.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { expect } from '@playwright/test';
import { SuiteError, TargetError } from '../errors.ts';

/** The longest wait a refusal may ask for before the flow gives up (Okta's own windows are 30 s). */
export const MAX_THROTTLE_WAIT_MS = 120_000;

/**
 * The shortest throttle window the quick checks rely on: Okta's email throttle (5 s), also the
 * sandbox's SMS one. A send older than this may legitimately be repeated, so "a resend at once is
 * refused" is only judged when the resend's answer came while the first send was younger
 * (`sendSecondAtOnce`); a slower run tries a new pair.
 */
export const SHORTEST_THROTTLE_WINDOW_MS = 5_000;

/** How many send/resend pairs a throttle check tries before it calls the run too slow to judge. */
export const THROTTLE_CHECK_ROUNDS = 3;

/** The second send of a pair, and when its answer came (ms after the first send began). */
export type SecondSend = { outcome: 'refused' } | { outcome: 'accepted'; afterMs: number } | { outcome: 'too late'; afterMs: number };

/**
 * The second send of a send/resend pair, at once. `firstSentAt` is taken just before the first
 * send, so the org recorded that one no earlier; an answer back before `firstSentAt + windowMs`
 * proves the second request reached the org inside the window. Once the window has passed there is
 * nothing left to prove and nothing is sent ('too late': the caller tries a new pair).
 */
export async function sendSecondAtOnce(
  firstSentAt: number,
  send: () => Promise<void>,
  refusalOf: () => Promise<string | undefined>,
  windowMs = SHORTEST_THROTTLE_WINDOW_MS,
  now: () => number = Date.now,
): Promise<SecondSend> {
  const age = now() - firstSentAt;
  if (age >= windowMs) return { outcome: 'too late', afterMs: age };
  await send();
  if ((await refusalOf()) !== undefined) return { outcome: 'refused' };
  return { outcome: 'accepted', afterMs: now() - firstSentAt };
}

/** How a throttle check names its channel, and the assertion a missing throttle fails. */
export interface ThrottleCheck {
  channel: 'SMS' | 'email';
  /** The failure message when the org accepts the resend inside the window. */
  refusal: string;
  /** Answer times (ms after the send before) of the pairs that came too late to judge, so far. */
  late: number[];
}

/**
 * Judges the second send of a pair: refused is what the guide promises (true); accepted inside the
 * window is the throttle missing (the named failure); accepted after it cannot be judged
 * (INCONCLUSIVE, SuiteError); a pair that came too late is noted (false: try a new pair) until
 * THROTTLE_CHECK_ROUNDS of them end the check INCONCLUSIVE: never a pass that checked nothing.
 */
export function judgeSecondSend(second: SecondSend, check: ThrottleCheck): boolean {
  const window = `${SHORTEST_THROTTLE_WINDOW_MS / 1000} s`;
  if (second.outcome === 'refused') return true;
  if (second.outcome === 'too late') {
    check.late.push(second.afterMs);
    if (check.late.length < THROTTLE_CHECK_ROUNDS) return false;
    throw new SuiteError(`The ${check.channel} throttle could not be checked: this run was too slow to resend within the window`, {
      expected: `a resend answered within ${window} of the send before it, in one of ${THROTTLE_CHECK_ROUNDS} tries`,
      seen: `the resend could not be sent before ${check.late.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(', ')} had passed`,
      hint: 'The machine or the target is overloaded; run again when it is quieter (nothing about the throttle was judged).',
    });
  }
  if (second.afterMs >= SHORTEST_THROTTLE_WINDOW_MS) {
    // Both messages are on their way and the window cannot be told from a slow answer: nothing to judge.
    throw new SuiteError(`The ${check.channel} throttle could not be checked: the resend was answered only after the window`, {
      expected: `the answer to a resend within ${window} of the send before it`,
      seen: `it came after ${(second.afterMs / 1000).toFixed(1)} s, and the org accepted it`,
      hint: 'The machine or the target is overloaded; run again when it is quieter.',
    });
  }
  expect(`accepted ${(second.afterMs / 1000).toFixed(1)} s after the first`, check.refusal).toBe('refused');
  return true;
}

export async function waitUntil(moment: Date, now: () => number = Date.now): Promise<void> {
  for (let remaining = moment.getTime() - now(); remaining > 0; remaining = moment.getTime() - now()) {
    await delay(Math.min(remaining, 1_000));
  }
}

/** The wait a throttle refusal asks for, in ms ("... wait 30 seconds ..."), or undefined when it names none. */
export function waitAskedFor(refusal: string): number | undefined {
  const match = /wait\s+(\d+)\s*(seconds?|secs?|s\b|minutes?|mins?)/i.exec(refusal);
  if (!match) return undefined;
  const amount = Number(match[1]);
  return /^m/i.test(match[2]!) ? amount * 60_000 : amount * 1_000;
}

/**
 * Runs `send` until the org accepts it. `refusalOf` returns the org's refusal as the app received
 * it (undefined when the send went through). After a refusal, waits what it asked for (a refusal
 * that names no wait is retried after 1, 2, 4, ... s) and sends again, within one deadline.
 */
export async function sendPastThrottle(
  what: string,
  send: () => Promise<void>,
  refusalOf: () => Promise<string | undefined>,
  now: () => number = Date.now,
): Promise<void> {
  const deadline = now() + MAX_THROTTLE_WAIT_MS;
  let guess = 1_000;
  for (;;) {
    await send();
    const refusal = await refusalOf();
    if (refusal === undefined) return;
    const asked = waitAskedFor(refusal);
    const wait = asked ?? guess;
    if (asked === undefined) guess *= 2;
    if (now() + wait > deadline) {
      throw new TargetError(`The org kept refusing to ${what}`, {
        expected: `the org to accept ${what} within ${MAX_THROTTLE_WAIT_MS / 1000} s, waiting what its refusals ask for`,
        seen: `a refusal asking for ${asked === undefined ? 'an unstated wait' : `${asked / 1000} s`} at the deadline`,
        hint: "Okta's resend throttles are 30 s; a longer refusal means the org or the app repeats sends, or rate limits this recipient.",
      });
    }
    await waitUntil(new Date(now() + wait), now);
  }
}
