/**
 * Typed errors that say whose fault a failure is, so a report (and later a deployment gate) can
 * classify every failure exactly instead of guessing from message text.
 *
 *  - config:   the suite's settings are wrong or missing (fix the .env)
 *  - target:   the app or org under test misbehaved (a real regression, or a misconfigured org)
 *  - delivery: a message (email/SMS) the target should have sent never arrived
 *  - provider: a third party (Mailosaur, Twilio, Okta rate limits) got in the way
 *  - suite:    the suite itself broke (a bug here, not in the target)
 */
export type Fault = 'config' | 'target' | 'delivery' | 'provider' | 'suite';

export interface ErrorDetails {
  /** What we expected to see. */
  expected?: string;
  /** What we saw instead (never a secret). */
  seen?: string;
  /** How to fix it, in one sentence. */
  hint?: string;
  cause?: unknown;
}

export class ConformanceError extends Error {
  readonly fault: Fault;
  readonly expected?: string;
  readonly seen?: string;
  readonly hint?: string;

  constructor(fault: Fault, summary: string, details: ErrorDetails = {}) {
    super(formatMessage(summary, details), details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.fault = fault;
    this.expected = details.expected;
    this.seen = details.seen;
    this.hint = details.hint;
  }
}

function formatMessage(summary: string, { expected, seen, hint }: ErrorDetails): string {
  const lines = [summary];
  if (expected) lines.push(`  expected: ${expected}`);
  if (seen) lines.push(`  seen:     ${seen}`);
  if (hint) lines.push(`  fix:      ${hint}`);
  return lines.join('\n');
}

/** The configuration (.env) is missing values or has invalid ones. Lists every problem at once. */
export class ConfigError extends ConformanceError {
  readonly problems: string[];
  constructor(problems: string[], summary = 'The suite configuration is invalid') {
    super('config', `${summary}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

/** The app or the org under test behaved differently from the flow the guide describes. */
export class TargetError extends ConformanceError {
  constructor(summary: string, details: ErrorDetails = {}) {
    super('target', summary, details);
  }
}

/** A service of the target could not be reached at all (wrong URL, down, DNS). */
export class TargetUnreachableError extends ConformanceError {
  constructor(summary: string, details: ErrorDetails = {}) {
    super('config', summary, details);
  }
}

/** An email or SMS the target should have sent did not arrive within the wait. */
export class MessageNotReceivedError extends ConformanceError {
  constructor(summary: string, details: ErrorDetails = {}) {
    super('delivery', summary, details);
  }
}

/** A third-party provider (Mailosaur, Twilio) refused, filtered or failed. */
export class ProviderError extends ConformanceError {
  constructor(summary: string, details: ErrorDetails = {}) {
    super('provider', summary, details);
  }
}

/** A rate limit (Okta's throttles, a provider's) got in the way; retrying later may pass. */
export class RateLimitError extends ConformanceError {
  readonly retryAfterMs?: number;
  constructor(summary: string, details: ErrorDetails & { retryAfterMs?: number } = {}) {
    super('provider', summary, details);
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** The suite itself is broken or was used wrongly (a bug here, not in the target). */
export class SuiteError extends ConformanceError {
  constructor(summary: string, details: ErrorDetails = {}) {
    super('suite', summary, details);
  }
}

export function isConformanceError(error: unknown): error is ConformanceError {
  return error instanceof ConformanceError;
}
