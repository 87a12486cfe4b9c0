/**
 * Known deviations the team has accepted for a while: an expected-failures file lists them by test
 * id with a reason, a link (the ticket) and an expiry date. A listed FAIL does not stop the gate
 * until the entry expires; a listed test that passes is reported, so the file stays honest.
 *
 * File format (JSON):
 *   { "expectedFailures": [
 *       { "test": "flow1-negative.spec.ts › @flow1 a wrong code is refused", "project": "chromium",
 *         "reason": "APP-123: the app shows a generic error", "link": "https://tracker/APP-123",
 *         "expires": "2026-12-31" } ] }
 * `test` is the id the conformance report prints (spec file › describe › title); `project` is
 * optional (all projects when absent).
 */
import fs from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../errors.ts';

const Entry = z.object({
  test: z.string().min(1),
  project: z.string().min(1).optional(),
  reason: z.string().min(1),
  link: z.url(),
  expires: z.iso.date(),
});

const File = z.object({ expectedFailures: z.array(Entry) });

export type ExpectedFailure = z.infer<typeof Entry>;

export function parseExpectedFailures(text: string, source: string): ExpectedFailure[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError([`${source} is not valid JSON (${(error as Error).message}): fix the file or unset EXPECTED_FAILURES_FILE`]);
  }
  const parsed = File.safeParse(json);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${source}: ${issue.path.join('.') || '(file)'}: ${issue.message} (each entry needs test, reason, link and expires as YYYY-MM-DD)`),
      'The expected-failures file is invalid',
    );
  }
  return parsed.data.expectedFailures;
}

/** No file is no entries; a file that exists must be valid. */
export function loadExpectedFailures(file: string | undefined): ExpectedFailure[] {
  if (!file || !fs.existsSync(file)) return [];
  return parseExpectedFailures(fs.readFileSync(file, 'utf8'), file);
}

export function isExpired(entry: ExpectedFailure, now: Date): boolean {
  // An entry is good through the whole of its expiry day (UTC).
  return Date.parse(`${entry.expires}T23:59:59.999Z`) < now.getTime();
}

export function findExpectedFailure(entries: readonly ExpectedFailure[], testId: string, project: string): ExpectedFailure | undefined {
  return entries.find((entry) => entry.test === testId && (entry.project === undefined || entry.project === project));
}
