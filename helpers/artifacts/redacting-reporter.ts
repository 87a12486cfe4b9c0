/**
 * First in the reporter list: as each test ends, and before any other reporter (HTML, JUnit,
 * blob, the conformance report) copies or prints anything, every registered secret is removed from
 * the test's trace archives, error context, attachments, error messages and console output. This
 * is what makes traces safe to keep on by default.
 */
import type { Reporter, TestCase, TestError, TestResult } from '@playwright/test/reporter';
import { loadConfig } from '../config/index.ts';
import { isConformanceError } from '../errors.ts';
import { readRegisteredSecrets } from '../secrets.ts';
import { redactFile, redactText, secretPatterns } from './redact.ts';

const TEXT_TYPES = /^(text\/|application\/(json|xml|javascript|x-www-form-urlencoded))/;

export default class RedactingReporter implements Reporter {
  private readonly stateDir?: string;

  constructor() {
    try {
      this.stateDir = loadConfig().stateDir;
    } catch (error) {
      // merge-reports on a machine without the run's settings: shards were redacted where they ran.
      if (!isConformanceError(error)) throw error;
    }
  }

  printsToStdio(): boolean {
    return false;
  }

  onTestEnd(_test: TestCase, result: TestResult): void {
    if (!this.stateDir) return;
    // Read now: the worker registered this test's codes and passwords before it reported the end.
    const patterns = secretPatterns(readRegisteredSecrets(this.stateDir));
    if (!patterns.length) return;
    const clean = (text: string) => redactText(text, patterns);
    for (const attachment of result.attachments) {
      if (attachment.path) redactFile(attachment.path, patterns);
      if (attachment.body && TEXT_TYPES.test(attachment.contentType)) attachment.body = Buffer.from(clean(attachment.body.toString('utf8')));
    }
    for (const error of [...result.errors, ...(result.error ? [result.error] : [])]) redactError(error, clean);
    result.stdout = result.stdout.map((chunk) => (typeof chunk === 'string' ? clean(chunk) : Buffer.from(clean(chunk.toString('utf8')))));
    result.stderr = result.stderr.map((chunk) => (typeof chunk === 'string' ? clean(chunk) : Buffer.from(clean(chunk.toString('utf8')))));
  }
}

function redactError(error: TestError, clean: (text: string) => string): void {
  if (error.message) error.message = clean(error.message);
  if (error.stack) error.stack = clean(error.stack);
  if (error.value) error.value = clean(error.value);
  if (error.snippet) error.snippet = clean(error.snippet);
  if (error.cause) redactError(error.cause, clean);
}
