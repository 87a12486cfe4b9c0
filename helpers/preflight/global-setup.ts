/**
 * Playwright global setup: check the target before any test runs. A problem ends the run with one
 * message and exit code 2 (no stack trace, no hundred identical test failures).
 */
import { exitWithMessage, loadConfig } from '../config/index.ts';
import { checkTarget } from './target.ts';

export default async function preflight(): Promise<void> {
  try {
    await checkTarget(loadConfig());
  } catch (error) {
    exitWithMessage(error);
  }
}
