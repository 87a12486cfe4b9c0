/**
 * The leak canary's configuration: the suite's own settings (same fixtures, same sandbox, same
 * reporters), pointed at one deliberately failing spec whose artifacts go under .cache/canary.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import suite from '../../playwright.config.ts';

export const CANARY_DIR = '../../.cache/canary';

export default defineConfig({
  ...suite,
  testDir: '.',
  workers: 1,
  outputDir: `${CANARY_DIR}/test-results`,
  reporter: [
    ['list'],
    [fileURLToPath(new URL('../../helpers/artifacts/redacting-reporter.ts', import.meta.url))],
    ['html', { open: 'never', outputFolder: `${CANARY_DIR}/html` }],
    ['junit', { outputFile: `${CANARY_DIR}/junit.xml` }],
  ],
});
