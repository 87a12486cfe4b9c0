/**
 * Unique, traceable names for test data. A login points back to its run and worker, so the sweeper
 * can remove exactly one run's leftovers and a person reading the org can tell who made a user.
 */
import { randomBytes, randomInt } from 'node:crypto';

export interface LoginParts {
  prefix: string;
  runId: string;
  /** Playwright's parallel index of the worker that owns the user. */
  workerIndex: number;
  /** The mailbox domain that delivers to the test inbox (Mailosaur server domain). */
  emailDomain: string;
}

const AFTER_PREFIX = /^(?<runId>[a-z0-9]+)-w(?<worker>\d+)-(?<random>[a-z0-9]+)@/;

/** Random lowercase base-36 suffix; 8 characters give ~41 bits, plenty within one run. */
export function randomSuffix(length = 8): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(randomBytes(length), (byte) => alphabet[byte % alphabet.length]).join('');
}

/** `<prefix>-<runId>-w<worker>-<random>@<domain>`, lower case (Okta logins are case-insensitive). */
export function uniqueLogin({ prefix, runId, workerIndex, emailDomain }: LoginParts): string {
  return `${prefix}-${runId}-w${workerIndex}-${randomSuffix()}@${emailDomain}`.toLowerCase();
}

/** A fresh run id: sortable by start time, unique across machines. */
export function newRunId(now = Date.now()): string {
  return `${now.toString(36)}${randomSuffix(4)}`;
}

/** Reads back the parts of a login `uniqueLogin` made with `prefix`, or undefined for anyone else's user. */
export function parseLogin(login: string, prefix: string): { runId: string; workerIndex: number } | undefined {
  const lower = login.toLowerCase();
  const start = `${prefix.toLowerCase()}-`;
  if (!lower.startsWith(start)) return undefined;
  const groups = AFTER_PREFIX.exec(lower.slice(start.length))?.groups;
  if (!groups) return undefined;
  return { runId: groups.runId, workerIndex: Number(groups.worker) };
}

const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '!#%*+-=?@^_';

/**
 * A strong random password that satisfies Okta's default policy (length >= 8, lower, upper,
 * digit, symbol, nothing from the username) and any stricter common one (length 20).
 */
export function strongPassword(length = 20): string {
  // Every third character is a symbol, so no run of three letters or digits can spell a part of
  // the login or a name by chance (Okta's "no parts of your username"; the sandbox enforces it
  // too): a random 20 characters did so about once in two thousand users, failing a test.
  const alnum = LOWER + UPPER + DIGITS;
  const chars = Array.from({ length: Math.max(length, 8) }, (_, i) => pick(i % 3 === 2 ? SYMBOLS : alnum));
  // One of each class the policy asks for, at positions the pattern leaves to letters and digits.
  chars[0] = pick(LOWER);
  chars[1] = pick(UPPER);
  chars[3] = pick(DIGITS);
  return chars.join('');
}

function pick(alphabet: string): string {
  return alphabet[randomInt(alphabet.length)];
}

