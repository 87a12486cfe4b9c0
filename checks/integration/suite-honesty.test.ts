/**
 * Judging an app stays honest: for each guide step below, the suite runs the spec about that step
 * against a build of the SDK app that skips it (sandbox/apps/sdk-app/skip-step.ts) while showing
 * the user signed in (or signed out), and the spec must fail at that step's named expectation,
 * in seconds, never by a timeout. Likewise a driver or locator file that does not fit the app. The
 * sandbox runs in-process; the suite sees it as a live target.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../helpers/config/index.ts';
import { SANDBOX_IDS } from '../../helpers/config/sandbox-target.ts';
import type { SkippedStep } from '../../sandbox/apps/sdk-app/skip-step.ts';
import { startSandbox } from '../../sandbox/start.ts';
import { PLAYWRIGHT_CLI, runChild } from './run-suite.ts';
import { tempDir } from '../temp-dir.ts';

interface Case {
  skip: SkippedStep;
  /** The spec about that step (its title). */
  spec: string;
  /** The named expectation that must fail. */
  failure: RegExp;
  /** Extra settings, e.g. a driver of an app that shows no claims, so only the org can tell. */
  settings?: Record<string, string>;
}

const CASES: Case[] = [
  { skip: 'sign-in', spec: 'a user with an enrolled phone signs in with the SMS code', failure: /on the authenticator list, expected "sdk\.authenticators\.heading"/ },
  {
    skip: 'phone-verification',
    spec: 'a user with an enrolled phone signs in with the SMS code',
    failure: /the org records the sign-in of the test user to client/,
    settings: { APP_DRIVER: path.join(PROJECT_ROOT, 'checks', 'integration', 'fixtures', 'no-identity.driver.ts') },
  },
  { skip: 'recovery', spec: 'a user recovers the password with the email code and is signed in', failure: /on the authenticator list, expected "sdk\.authenticators\.heading"/ },
  { skip: 'sign-out', spec: 'the app shows the signed-in user and sign-out ends the session', failure: /after sign-out the app offers sign-in again/ },
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('a run against an app that skips a step fails at that step', { concurrency: 2 }, () => {
  for (const c of CASES) {
    it(`skipped ${c.skip}: "${c.spec}" fails`, { timeout: 150_000 }, async () => {
      const sandbox = await startSandbox({ port: 0, sdkAppSkipStep: c.skip });
      try {
        const started = Date.now();
        const run = await runChild([PLAYWRIGHT_CLI, 'test', '--project', 'reference', '--reporter', 'line', '--grep', escape(c.spec)], {
          ...sandbox.settings,
          ...c.settings,
        });
        const output = `${run.stdout}\n${run.stderr}`;
        assert.equal(run.status, 1, `the spec must fail against an app that skips ${c.skip}; output:\n${output}`);
        assert.match(run.stdout, /1 failed/, 'exactly the spec about the step failed');
        assert.match(output, c.failure, `it failed at the skipped step's expectation; output:\n${output}`);
        assert.doesNotMatch(output, /Test timeout of/, 'a named expectation failed, not the test timeout');
        assert.ok(Date.now() - started < 120_000, 'it failed in seconds, not minutes');
      } finally {
        await sandbox.close();
      }
    });
  }
});

describe('a driver or locator file that does not fit the app fails in seconds, naming the key and the page', { concurrency: 2 }, () => {
  const spec = 'a user with an enrolled phone signs in with the SMS code';
  const cases: Array<{ name: string; settings: (s: Awaited<ReturnType<typeof startSandbox>>) => Record<string, string>; failure: RegExp }> = [
    {
      name: "the reference driver against the variant look",
      settings: (s) => ({ SIGNIN_APP_URL: s.sdkAppVariant.url, OKTA_SDK_CLIENT_ID: SANDBOX_IDS.sdkVariantClientId }),
      failure: /the home page offers sign-in \("home\.signInLink" \(role link "Sign in"\)\)/,
    },
    {
      name: 'a locator file whose password field matches nothing',
      settings: () => ({ LOCATOR_OVERRIDES: locatorFile({ 'sdk.login.password': { css: 'input[name="pass"]' } }) }),
      failure: /on the sign-in page, expected "sdk\.login\.password" \(css "input\[name="pass"\]"\) to be visible/,
    },
  ];
  for (const c of cases) {
    it(c.name, { timeout: 150_000 }, async () => {
      const sandbox = await startSandbox({ port: 0 });
      try {
        const run = await runChild([PLAYWRIGHT_CLI, 'test', '--project', 'reference', '--reporter', 'line', '--grep', escape(spec)], {
          ...sandbox.settings,
          ...c.settings(sandbox),
        });
        const output = `${run.stdout}\n${run.stderr}`;
        assert.equal(run.status, 1, `the run must fail; output:\n${output}`);
        assert.match(output, c.failure, `one message names the key and the page; output:\n${output}`);
        assert.doesNotMatch(output, /Test timeout of/, 'a named expectation failed, not the test timeout');
      } finally {
        await sandbox.close();
      }
    });
  }
});

function locatorFile(overrides: Record<string, unknown>): string {
  const dir = tempDir('locators');
  const file = path.join(dir, 'locators.json');
  writeFileSync(file, JSON.stringify(overrides));
  return file;
}
