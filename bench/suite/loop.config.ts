/**
 * Runs the copies `loop-specs.ts` wrote with the suite's own configuration (fixtures, browser,
 * global set-up, the sandbox as webServer), one worker, the configured target's project only.
 */
import { defineConfig } from '@playwright/test';
import suite from '../../playwright.config.ts';
import { LOOP_SPEC_DIR } from './loop-specs.ts';

const reference = (suite.projects ?? []).find((project) => project.name === 'reference');

export default defineConfig({
  ...suite,
  testDir: LOOP_SPEC_DIR,
  fullyParallel: false,
  workers: 1,
  // A copy is one iteration: a retry would be a second one.
  retries: 0,
  projects: [{ ...reference, grep: undefined, grepInvert: undefined, workers: undefined }],
});
