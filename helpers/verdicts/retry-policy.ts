/**
 * Retries only for causes outside the target. Playwright retries every failed test, so each failed
 * attempt leaves its verdict in the run's state directory, and a retry of an attempt that FAILed
 * stops at once with the original verdict instead of trying the target again until it passes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { TargetError } from '../errors.ts';
import { classifyAttempt, type AttemptInput, type AttemptVerdict } from './classify.ts';

export interface AttemptKey {
  stateDir: string;
  runId: string;
  testId: string;
  repeatEachIndex: number;
}

function attemptFile(key: AttemptKey): string {
  return path.join(key.stateDir, 'attempts', key.runId, `${key.testId}-${key.repeatEachIndex}.json`);
}

/** After a failed attempt: remember its verdict for the retry. */
export function recordAttempt(key: AttemptKey, attempt: AttemptInput, expectedStatus: AttemptInput['status']): AttemptVerdict {
  const verdict = classifyAttempt(attempt, expectedStatus);
  const file = attemptFile(key);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ verdict: verdict.verdict, reason: verdict.reason, summary: verdict.error?.message?.split('\n', 1)[0] }));
  return verdict;
}

/** Before a retry: a previous FAIL is final, so the retry fails with it instead of running. */
export function refuseRetryAfterFail(key: AttemptKey, retry: number): void {
  if (retry === 0) return;
  let previous: { verdict?: string; reason?: string; summary?: string };
  try {
    previous = JSON.parse(fs.readFileSync(attemptFile(key), 'utf8'));
  } catch {
    return;
  }
  if (previous.verdict !== 'FAIL') return;
  throw new TargetError('Not retried: the previous attempt failed because of the target', {
    expected: 'retries only after an infrastructure cause (delivery, provider, rate limit)',
    seen: `attempt ${retry} ended FAIL: ${previous.reason ?? ''}${previous.summary ? ` (${previous.summary})` : ''}`,
    hint: 'Read the first attempt\'s error: a failure of the target is final, and a retry could only hide it.',
  });
}
