/**
 * The bare flows (`bare-flows.spec.ts`) against the same target, browser and launch options as the
 * suite: the suite's configuration with its own test folder, one project, no global set-up (the
 * bare flows create what they need) and no reports.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import suite from '../../playwright.config.ts';

export default defineConfig({
  ...suite,
  testDir: fileURLToPath(new URL('.', import.meta.url)),
  testMatch: 'bare-flows.spec.ts',
  globalSetup: undefined,
  globalTeardown: undefined,
  workers: 1,
  projects: [{ name: 'bare', use: { browserName: 'chromium' } }],
  reporter: [['list']],
});
