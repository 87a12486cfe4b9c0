/**
 * `npm run sweep [-- --run-id ID] [--older-than MINUTES]`: deletes leftover test users (logins
 * starting with the configured prefix) of one run, or older than the cutoff
 * (default: SWEEP_AFTER_MINUTES from the config). Prints what it removed.
 */
import { parseArgs } from 'node:util';
import { exitWithMessage, loadConfig } from '../helpers/config/index.ts';
import { createOktaAdmin } from '../helpers/okta/admin-client.ts';
import { sweepUsers } from '../helpers/okta/sweeper.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'run-id': { type: 'string' }, 'older-than': { type: 'string' } },
    allowPositionals: false,
  });
  const config = loadConfig();
  const olderThanMinutes = values['older-than'] === undefined ? config.sweepAfterMinutes : Number(values['older-than']);
  if (!Number.isFinite(olderThanMinutes) || olderThanMinutes < 0) {
    throw new Error(`--older-than must be a number of minutes (seen "${values['older-than']}")`);
  }
  const admin = createOktaAdmin({ orgUrl: config.okta.orgUrl, apiToken: config.okta.apiToken });
  const runId = values['run-id'];
  const result = await sweepUsers(admin, { prefix: config.testUserPrefix, runId, olderThanMinutes: runId ? undefined : olderThanMinutes });
  const scope = runId ? `of run ${runId}` : `older than ${olderThanMinutes} min`;
  console.log(`Removed ${result.deleted.length} test user(s) ${scope} with prefix "${config.testUserPrefix}-" from ${config.okta.orgUrl}.`);
  for (const login of result.deleted) console.log(`  - ${login}`);
  for (const { login, reason } of result.failed) console.error(`  ! ${login}: ${reason}`);
  if (result.failed.length) process.exitCode = 1;
}

main().catch(exitWithMessage);
