/**
 * Exclusive phone-number leases across worker processes: one lock file per number, created with
 * the `wx` flag (atomic "create if absent"), holding the owner's pid. A lock whose pid is dead is
 * stale and reclaimed. Releasing leaves a cooldown stamp, because the org refuses a second SMS to the
 * same number within its throttle (Okta: 30 s, E0000109), so a number is handed out again only
 * after the org's throttle (SMS_THROTTLE_SECONDS), and the longest-rested number first.
 */
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { SuiteError } from '../errors.ts';

export interface PhoneLease {
  number: string;
  release(): void;
}

export interface LeaseOptions {
  /** The pool of numbers to choose from. */
  numbers: readonly string[];
  /** Directory shared by all workers of the run. */
  stateDir: string;
  /** How long a number rests after release before it is handed out again: the org's SMS throttle (SMS_THROTTLE_SECONDS). */
  cooldownMs: number;
  /** How long to wait for a free number before failing. */
  timeoutMs?: number;
  pollIntervalMs?: number;
  pid?: number;
  now?: () => number;
  isAlive?: (pid: number) => boolean;
}

/** A margin over the org's throttle for the clocks of the org and this machine. */
export const CLOCK_MARGIN_MS = 1_000;

/** The rest a number needs after a test: the org's SMS throttle plus the clock margin. */
export function cooldownFor(throttleSeconds: number): number {
  return throttleSeconds * 1000 + CLOCK_MARGIN_MS;
}

export async function leasePhone(options: LeaseOptions): Promise<PhoneLease> {
  const { numbers, timeoutMs = 90_000, pollIntervalMs = 250, now = Date.now } = options;
  if (numbers.length === 0) {
    throw new SuiteError('No phone numbers to lease', {
      expected: 'at least one number in the configured pool',
      seen: 'an empty pool',
      hint: 'Set TWILIO_PHONE_NUMBERS (or MAILOSAUR_SMS_NUMBERS with SMS_PROVIDER=mailosaur).',
    });
  }
  const dir = leaseDir(options.stateDir);
  mkdirSync(dir, { recursive: true });
  const deadline = now() + timeoutMs;
  for (;;) {
    const lease = tryLeaseAny(dir, options);
    if (lease) return lease;
    if (now() >= deadline) throw poolExhausted(numbers.length, timeoutMs);
    await delay(pollIntervalMs);
  }
}

export function leaseDir(stateDir: string): string {
  return path.join(stateDir, 'phone-leases');
}

function tryLeaseAny(dir: string, options: LeaseOptions): PhoneLease | undefined {
  const { cooldownMs, now = Date.now } = options;
  const rested = options.numbers
    .map((number) => ({ number, releasedAt: readStamp(cooldownFile(dir, number)) }))
    .filter(({ releasedAt }) => now() - releasedAt >= cooldownMs)
    .sort((a, b) => a.releasedAt - b.releasedAt);
  for (const { number } of rested) {
    if (tryLock(dir, number, options)) return makeLease(dir, number, options);
  }
  return undefined;
}

function tryLock(dir: string, number: string, options: LeaseOptions): boolean {
  const file = lockFile(dir, number);
  const pid = options.pid ?? process.pid;
  try {
    writeFileSync(file, String(pid), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if (!isStale(file, options.isAlive ?? isProcessAlive)) return false;
  // Reclaim: remove the dead owner's lock, then race for it like everyone else.
  try {
    unlinkSync(file);
  } catch {
    return false;
  }
  try {
    writeFileSync(file, String(pid), { flag: 'wx' });
    return true;
  } catch {
    return false;
  }
}

function makeLease(dir: string, number: string, options: LeaseOptions): PhoneLease {
  const now = options.now ?? Date.now;
  let released = false;
  return {
    number,
    release() {
      if (released) return;
      released = true;
      writeFileSync(cooldownFile(dir, number), String(now()));
      unlinkSync(lockFile(dir, number));
    },
  };
}

function isStale(file: string, isAlive: (pid: number) => boolean): boolean {
  const owner = Number(readText(file));
  // An empty file is a lock being written right now, not a stale one.
  return Number.isInteger(owner) && owner > 0 && !isAlive(owner);
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readStamp(file: string): number {
  const value = Number(readText(file));
  return Number.isFinite(value) ? value : 0;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return '';
  }
}

function fileKey(number: string): string {
  return number.replace(/\D/g, '');
}

function lockFile(dir: string, number: string): string {
  return path.join(dir, `${fileKey(number)}.lock`);
}

function cooldownFile(dir: string, number: string): string {
  return path.join(dir, `${fileKey(number)}.released`);
}

function poolExhausted(size: number, timeoutMs: number): SuiteError {
  return new SuiteError('No phone number became free in time', {
    expected: `a free number from the pool of ${size} within ${timeoutMs / 1000} s`,
    seen: "every number leased by another test or still resting for the org's SMS throttle",
    hint: 'Add numbers to the pool or run fewer workers; each running SMS test holds one number.',
  });
}
