/** `playwright merge-reports -c checks/verdicts/merge.config.ts DIR`: the verdict checks' shards, merged into one conformance report. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const reporter = fileURLToPath(new URL('../../helpers/verdicts/reporter.ts', import.meta.url));
const merged = fileURLToPath(new URL('../../.cache/verdicts/merged', import.meta.url));

export default defineConfig({ reporter: [[reporter, { outputFolder: merged }]] });
