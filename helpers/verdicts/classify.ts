/**
 * Verdicts a deployment gate can trust. Every failed attempt is classified from the typed error's
 * `fault` (helpers/errors.ts): the target's fault, or an assertion about what the app showed, is a
 * FAIL; anything the target cannot be blamed for (delivery, a provider, the settings, this suite) is
 * INCONCLUSIVE with its reason. A test that failed for such a cause and passed on a retry is FLAKY.
 *
 * Playwright hands reporters serialized errors (`message` = "Name: text"), so the class is read
 * back from the name. How to add an error class: add it to FAULT_BY_ERROR_NAME; a unit test fails
 * until every ConformanceError subclass exported by helpers/errors.ts is listed.
 */
import type { Fault } from '../errors.ts';

export type Verdict = 'PASS' | 'FAIL' | 'INCONCLUSIVE' | 'FLAKY' | 'SKIPPED';

/** The serialized error shape Playwright gives reporters and `testInfo.errors`. */
export interface SerializedError {
  message?: string;
  stack?: string;
  value?: string;
}

export const FAULT_BY_ERROR_NAME: Record<string, Fault> = {
  ConformanceError: 'suite',
  ConfigError: 'config',
  TargetUnreachableError: 'config',
  TargetError: 'target',
  MessageNotReceivedError: 'delivery',
  ProviderError: 'provider',
  RateLimitError: 'provider',
  SuiteError: 'suite',
};

/** What one error says about whose fault the failure is. `unknown` is judged as the target's. */
export type Cause = Fault | 'browser' | 'assertion' | 'timeout' | 'interrupted' | 'unknown';

const TIMEOUT = /^(Test|Fixture|Hook)?\s*timeout of \d+ms exceeded/i;
/**
 * This machine's browser did not start (a launch that failed or timed out, or a browser that died
 * before its first context). No page of the target had been opened, so the target cannot be blamed;
 * seen once in a loaded bench run ("browserType.launch: Target page, context or browser has been closed").
 * A browser or page that crashes later stays `unknown`: an app can crash its page.
 */
const BROWSER_DID_NOT_START = /^(?:\w*Error: )?(?:browserType\.launch\w*|browserType\.connect\w*|browser\.newContext):/;

export function causeOf(error: SerializedError): Cause {
  // Playwright colours its assertion messages ("\u001b[2mexpect(\u001b[22m..."): read the plain text.
  const text = stripColours(error.message ?? error.value ?? '');
  const name = /^([A-Za-z_$][\w$]*):/.exec(text)?.[1];
  if (name && FAULT_BY_ERROR_NAME[name]) return FAULT_BY_ERROR_NAME[name];
  if (BROWSER_DID_NOT_START.test(text)) return 'browser';
  if (TIMEOUT.test(text)) return 'timeout';
  // The browser could not reach the app at all (down, wrong URL): a setting or an outage, not a defect.
  if (/net::ERR_(CONNECTION_REFUSED|NAME_NOT_RESOLVED|ADDRESS_UNREACHABLE|CONNECTION_RESET|INTERNET_DISCONNECTED)/.test(text)) return 'config';
  // Web-first and value assertions: "Error: expect(locator).toBeVisible() failed", "expect(received).toBe(expected)".
  if (/expect\(/.test(text.split('\n', 1)[0]) || /\bexpect\(.*\)\.\w+/.test(text.slice(0, 400))) return 'assertion';
  return 'unknown';
}

function stripColours(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

/** Causes the target is answerable for: they make a FAIL and are never retried. */
const TARGET_CAUSES = new Set<Cause>(['target', 'assertion', 'timeout', 'unknown']);

export function isTargetCause(cause: Cause): boolean {
  return TARGET_CAUSES.has(cause);
}

const REASON_BY_CAUSE: Record<Cause, string> = {
  target: 'the target did not behave as the guide describes',
  assertion: 'the app did not show what the guide step leads to',
  timeout: 'the test ran out of time (no named expectation failed first)',
  unknown: 'an unclassified error (judged as a failure of the target)',
  delivery: 'a message the org sent was not delivered',
  provider: 'a provider (Mailosaur, Twilio, Okta rate limits or an outage) got in the way',
  config: 'the settings are wrong or a service could not be reached',
  browser: "this machine's browser did not start (the target was never reached)",
  suite: 'a bug in this suite',
  interrupted: 'the run was interrupted',
};

export interface AttemptVerdict {
  verdict: Exclude<Verdict, 'FLAKY'>;
  cause?: Cause;
  reason?: string;
  /** The error that decided the verdict. */
  error?: SerializedError;
}

export interface AttemptInput {
  status: 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted';
  errors: readonly SerializedError[];
}

/** One attempt: any cause the target answers for makes it a FAIL; otherwise the first cause rules. */
export function classifyAttempt(attempt: AttemptInput, expectedStatus: AttemptInput['status'] = 'passed'): AttemptVerdict {
  if (attempt.status === 'skipped') return { verdict: 'SKIPPED' };
  if (attempt.status === expectedStatus) return { verdict: 'PASS' };
  if (attempt.status === 'interrupted') return { verdict: 'INCONCLUSIVE', cause: 'interrupted', reason: REASON_BY_CAUSE.interrupted };
  const causes = attempt.errors.map((error) => ({ error, cause: causeOf(error) }));
  if (attempt.status === 'timedOut' && !causes.some((c) => c.cause === 'timeout')) causes.push({ error: { message: 'Test timeout exceeded' }, cause: 'timeout' });
  if (causes.length === 0) causes.push({ error: { message: `status ${attempt.status} without an error` }, cause: 'unknown' });
  const target = causes.find((c) => isTargetCause(c.cause));
  const decisive = target ?? causes[0];
  return {
    verdict: target ? 'FAIL' : 'INCONCLUSIVE',
    cause: decisive.cause,
    reason: REASON_BY_CAUSE[decisive.cause],
    error: decisive.error,
  };
}

export interface TestVerdict {
  verdict: Verdict;
  reason?: string;
  cause?: Cause;
  /** The attempt whose failure the verdict reports (FAIL: the failing one; FLAKY: the first failure). */
  attempt?: number;
  error?: SerializedError;
}

/**
 * All attempts of one test: FAIL as soon as any attempt failed for a target cause; a final pass
 * after failures is FLAKY; failures with only infrastructure causes stay INCONCLUSIVE.
 */
export function classifyTest(attempts: readonly AttemptVerdict[]): TestVerdict {
  const ran = attempts.map((a, attempt) => ({ ...a, attempt })).filter((a) => a.verdict !== 'SKIPPED');
  if (ran.length === 0) return { verdict: 'SKIPPED' };
  const fail = ran.find((a) => a.verdict === 'FAIL');
  if (fail) return pick('FAIL', fail);
  const last = ran[ran.length - 1];
  const firstFailure = ran.find((a) => a.verdict !== 'PASS');
  if (last.verdict === 'PASS') return firstFailure ? pick('FLAKY', firstFailure) : { verdict: 'PASS' };
  return pick('INCONCLUSIVE', firstFailure ?? last);
}

function pick(verdict: Verdict, a: AttemptVerdict & { attempt: number }): TestVerdict {
  return { verdict, reason: a.reason, cause: a.cause, attempt: a.attempt, error: a.error };
}
