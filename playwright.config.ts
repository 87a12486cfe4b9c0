/**
 * One configuration for both targets. The sandbox target (OKTA_ORG_URL unset) is started by
 * Playwright's webServer through the same entry point as `npm run sandbox`; a live target is
 * whatever `.env` names. Nothing below branches on the target except whether to start the sandbox.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { chosenBrowser } from './helpers/browser/choice.ts';
import { exitWithMessage, keepSecretsOutOfFailureSnapshots, loadConfigOrExit, PROJECT_ROOT, runtimeSettings } from './helpers/config/index.ts';
import { conformanceProjects } from './helpers/config/projects.ts';

// Absolute paths, so configurations that extend this one from another folder (the leak canary) work.
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const config = loadConfigOrExit();
/**
 * Workers for tests that keep a browser busy, and for the @slow and @waits tests that mostly wait.
 * Four waiting workers start one target's four waiting tests at once: with three, the longest (a
 * code outliving its lifetime, ~23 s on the sandbox) began only when another ended, and set the
 * end of the run (full suite, one target: 44-46 s with three, 41.8 s with four, on this 2-core machine).
 */
const WORKING = 2;
const WAITING = 4;
/** How long one guide step waits for its page or control before it fails by name. */
const STEP_TIMEOUT_MS = 15_000;
const runtime = runtimeSettings();
keepSecretsOutOfFailureSnapshots(runtime);
const browser = (() => {
  try {
    return chosenBrowser();
  } catch (error) {
    return exitWithMessage(error);
  }
})();

export default defineConfig({
  testDir: 'tests',
  fullyParallel: true,
  // Two browsers busy on a 2-core machine, plus the tests that mostly sleep on the org's clock
  // (see the projects below): they add waiting, not load.
  workers: WORKING + WAITING,
  forbidOnly: runtime.ci,
  // One retry, only for causes outside the target (fixtures/verdicts.ts refuses to retry a FAIL);
  // a test that passes on it is reported FLAKY, never PASS (helpers/verdicts).
  retries: 1,
  // SMS resend tests respect Okta's 30 s throttle, so a test may legitimately take over a minute.
  timeout: 120_000,
  expect: { timeout: STEP_TIMEOUT_MS },
  outputDir: 'test-results',
  // Preflight first: a wrong URL or token ends the run with one clear message. Then the sweeper
  // removes users that killed runs left behind; teardown removes whatever this run left.
  globalSetup: [here('./helpers/preflight/global-setup.ts'), here('./fixtures/global-setup.ts')],
  globalTeardown: here('./fixtures/global-teardown.ts'),
  reporter: [
    ['list'],
    // First: removes registered secrets from traces, attachments and errors before anyone copies them.
    [here('./helpers/artifacts/redacting-reporter.ts')],
    // Verdicts, the conformance report and the exit code policy (non-zero only on FAIL unless --strict).
    [here('./helpers/verdicts/reporter.ts'), { outputFolder: 'reports/conformance' }],
    ['html', { open: 'never', outputFolder: 'reports/html' }],
    ['junit', { outputFile: 'reports/junit.xml' }],
    // A shard of a sharded run (CONFORMANCE_SHARD) also writes a blob report for merge-reports.
    ...(runtime.shard ? [['blob', { outputDir: 'blob-report', fileName: `report-${runtime.shard.replace('/', '-of-')}.zip` }] as const] : []),
  ],
  use: {
    testIdAttribute: 'data-se',
    // Every action waits at most as long as an expectation: a page object's action is its step's
    // wait (pages/common/app-page.ts), and a control that never becomes actionable fails by name,
    // never by the test's timeout.
    actionTimeout: STEP_TIMEOUT_MS,
    // Traces on failure by default, redacted as each test ends; DOM snapshots without screencast
    // frames (pixels of a typed code cannot be redacted). Failure screenshots: fixtures/failure-evidence.ts.
    trace: { mode: runtime.trace, screenshots: false, snapshots: true, sources: true },
    screenshot: 'off',
    video: 'off',
    launchOptions: { executablePath: browser.executablePath, args: browser.args, env: browser.env },
    // Apps that honour prefers-reduced-motion skip their view animations, which only delay clicks
    // ("element is not stable"); nothing under test depends on them. Sign-In Widget 7 ignores the
    // preference: fixtures/apps.ts gives it the equivalent (helpers/browser/motion.ts).
    contextOptions: { reducedMotion: 'reduce' },
  },
  // One pair of projects per target (helpers/config/projects.ts): `reference` and, on the sandbox,
  // `variant`. The @slow tests spend most of their time waiting out the org's throttles and
  // lifetimes, so their projects are listed first and lead while the quick tests fill the time.
  projects: conformanceProjects(config, { working: WORKING, waiting: WAITING }),
  webServer:
    config.target === 'sandbox'
      ? {
          // SANDBOX_FAULTS: infrastructure faults as data (README, "Faults in the sandbox");
          // SANDBOX_ORG_CONFIG: an org configuration overlay (README, "Test your own app offline").
          command: `node scripts/sandbox.mjs --port ${config.sandboxPort}` +
            `${runtime.sandboxFaults ? ` --faults ${JSON.stringify(runtime.sandboxFaults)}` : ''}` +
            `${config.sandboxOrgConfig ? ` --org-config ${JSON.stringify(config.sandboxOrgConfig)}` : ''}`,
          cwd: PROJECT_ROOT,
          url: `${config.okta.orgUrl}/.well-known/openid-configuration`,
          // The sandbox says when every listener is bound; without this, Playwright polls the URL
          // with growing pauses (up to 1 s) and starts the run up to a second after it could.
          wait: { stdout: /^Sandbox is running/m },
          reuseExistingServer: !runtime.ci,
          timeout: 60_000,
          stdout: 'ignore',
          stderr: 'pipe',
        }
      : undefined,
});
