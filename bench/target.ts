/**
 * What a benchmark runs against: a whole sandbox started in-process on ephemeral loopback ports
 * (so a benchmark can run next to `npm run sandbox` or the test suite), and the suite's own
 * clients for it, built from the sandbox's settings through the suite's config parser exactly as
 * a conformance run builds them. Each scenario gets a fresh target, so one scenario's users,
 * messages and rate-limit windows never skew the next one's numbers.
 */
import path from 'node:path';
import type MailosaurClient from 'mailosaur';
import { PROJECT_ROOT } from '../helpers/config/index.ts';
import { parseSettings } from '../helpers/config/parse.ts';
import type { SuiteConfig } from '../helpers/config/types.ts';
import { newRunId } from '../helpers/naming.ts';
import { createOktaAdmin, type OktaAdmin } from '../helpers/okta/admin-client.ts';
import { SecretRegistry } from '../helpers/secrets.ts';
import { createMailosaurClient } from '../helpers/transport/mailosaur.ts';
import { startSandbox, type RunningSandbox } from '../sandbox/start.ts';

/** Bench keeps its own state (secret registry) apart from the suite's `.cache/state`. */
export const BENCH_STATE_DIR = path.join(PROJECT_ROOT, '.cache', 'bench');

export interface BenchTarget {
  sandbox: RunningSandbox;
  config: SuiteConfig;
  admin: OktaAdmin;
  mailosaur: MailosaurClient;
  /** Every password and code a benchmark handles, so reported errors can be redacted. */
  secrets: SecretRegistry;
}

export async function startTarget(runId: string = newRunId()): Promise<BenchTarget> {
  const sandbox = await startSandbox({ port: 0 });
  try {
    const config = parseSettings(sandbox.settings, { target: 'sandbox', runId, stateDir: BENCH_STATE_DIR });
    const secrets = new SecretRegistry(BENCH_STATE_DIR);
    secrets.add('api-token', config.okta.apiToken);
    return {
      sandbox,
      config,
      admin: createOktaAdmin({ orgUrl: config.okta.orgUrl, apiToken: config.okta.apiToken }),
      mailosaur: createMailosaurClient(config.mailosaur),
      secrets,
    };
  } catch (error) {
    await sandbox.close();
    throw error;
  }
}
