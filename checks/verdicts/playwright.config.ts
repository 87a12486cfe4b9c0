/**
 * The verdict checks' configuration: the suite's own settings (fixtures, retries, the verdict
 * guard, the conformance reporter), pointed at a few specs that meet one fault or defect each, with
 * artifacts under .cache/verdicts. The integration test `verdicts` runs it against an in-process
 * sandbox, once whole and once as two shards merged, and compares the verdicts.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import suite from '../../playwright.config.ts';

export const VERDICTS_DIR = fileURLToPath(new URL('../../.cache/verdicts', import.meta.url));
const reporter = fileURLToPath(new URL('../../helpers/verdicts/reporter.ts', import.meta.url));

export default defineConfig({
  ...suite,
  testDir: '.',
  workers: 2,
  outputDir: `${VERDICTS_DIR}/test-results`,
  reporter: [
    ['list'],
    [fileURLToPath(new URL('../../helpers/artifacts/redacting-reporter.ts', import.meta.url))],
    [reporter, { outputFolder: `${VERDICTS_DIR}/conformance` }],
    ['blob', { outputDir: `${VERDICTS_DIR}/blob` }],
  ],
});
