/**
 * `npx playwright merge-reports --config playwright.merge.config.ts DIR`: the blob reports of a
 * sharded run merged into one conformance report, HTML report and JUnit file (then `npm run gate`
 * gives the verdict's exit code). Blob reports are written by shards run with CONFORMANCE_SHARD.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export default defineConfig({
  reporter: [
    [here('./helpers/verdicts/reporter.ts'), { outputFolder: 'reports/conformance' }],
    ['html', { open: 'never', outputFolder: 'reports/html' }],
    ['junit', { outputFile: 'reports/junit.xml' }],
  ],
});
