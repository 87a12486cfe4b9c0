/**
 * `npm run scan-artifacts` (last step of `npm test`): proves that no password, one-time code,
 * magic-link token or API token of the last run reached its reports or test results. Fails when the
 * run registered no secrets, because then the scan would prove nothing.
 */
import { missingSecretKinds, playwrightReportAssets, scanArtifacts } from '../helpers/artifacts/scan.ts';
import { loadConfigOrExit, PROJECT_ROOT } from '../helpers/config/index.ts';
import { readRegisteredSecrets } from '../helpers/secrets.ts';
import path from 'node:path';

const config = loadConfigOrExit();
const secrets = readRegisteredSecrets(config.stateDir);
const missing = missingSecretKinds(secrets);
if (missing.length > 0) {
  process.stderr.write(`The last run registered no ${missing.join(', ')}: run the suite first (npx playwright test), or the scan proves nothing.\n`);
  process.exit(1);
}
const dirs = ['reports', 'test-results'].map((d) => path.join(PROJECT_ROOT, d));
const { filesScanned, findings } = scanArtifacts(dirs, secrets, playwrightReportAssets());
if (findings.length > 0) {
  process.stderr.write(`Secrets leaked into ${findings.length} place(s) of the run's artifacts:\n`);
  for (const f of findings) process.stderr.write(`  - a ${f.kind} in ${path.relative(PROJECT_ROOT, f.file)}${f.entry ? ` (${f.entry})` : ''}\n`);
  process.exit(1);
}
process.stdout.write(`Artifact scan: ${filesScanned} files checked for ${secrets.length} registered secrets; none leaked.\n`);
