import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { missingSecretKinds, playwrightReportAssets, scanArtifacts } from '../../helpers/artifacts/scan.ts';
import { readZip } from '../../helpers/artifacts/zip.ts';
import { loadConfig, PROJECT_ROOT } from '../../helpers/config/index.ts';
import { readRegisteredSecrets } from '../../helpers/secrets.ts';
import { startSandbox, type RunningSandbox } from '../../sandbox/start.ts';
import { PLAYWRIGHT_CLI, runChild } from './run-suite.ts';

const CANARY = path.join(PROJECT_ROOT, '.cache', 'canary');
let sandbox: RunningSandbox;

// The sandbox runs here, and the suite sees it as a live target (OKTA_ORG_URL set): the same code
// paths as a real org, and this test can look inside the org afterwards.
before(async () => {
  sandbox = await startSandbox({ port: 0 });
});
after(async () => {
  await sandbox.close();
});

it('with traces on, a failing and a passing test leave no secret in any artifact, and the users are removed', { timeout: 360_000 }, async () => {
  fs.rmSync(CANARY, { recursive: true, force: true });
  const run = await runChild([PLAYWRIGHT_CLI, 'test', '-c', 'checks/canary/playwright.config.ts'], { ...sandbox.settings, PW_TRACE: 'on' });
  assert.equal(run.status, 1, `the canary must fail (exit 1); output:\n${run.stdout}\n${run.stderr}`);
  assert.match(run.stdout, /2 failed/, 'exactly the two failing canaries failed');
  assert.match(run.stdout, /1 passed/, 'the passing canary passed');
  assert.match(run.stdout, /an ID token \(sha256:[0-9a-f]{12}\)/, 'the failing token assertion names the token by its fingerprint');

  const secrets = readRegisteredSecrets(loadConfig().stateDir);
  assert.deepEqual(missingSecretKinds(secrets), [], 'the canary registered every kind of secret (else the scan proves nothing)');
  assert.ok(secrets.some((s) => s.kind === 'token'), 'the ID token the failing assertion was about is registered (and so scanned for)');
  const results = fs.readdirSync(path.join(CANARY, 'test-results'), { recursive: true }).map(String);
  assert.ok(results.some((f) => f.endsWith('error-context.md')), 'the failure wrote its error context');
  const traces = results.filter((f) => f.endsWith('trace.zip'));
  assert.ok(traces.length >= 2, `traces kept for the failing and the passing test (${traces.join(', ')})`);
  const traceText = traces.flatMap((f) => readZip(fs.readFileSync(path.join(CANARY, 'test-results', f))).map((e) => e.data.toString('utf8'))).join('\n');
  assert.match(traceText, /\[redacted\]/, 'the traces held secrets (typed values, network bodies), now redacted');

  const { findings, filesScanned } = scanArtifacts([CANARY], secrets, playwrightReportAssets());
  assert.ok(filesScanned >= 3, `report, JUnit and error context were scanned (${filesScanned} files)`);
  assert.deepEqual(findings.map((f) => `${f.kind} in ${path.relative(CANARY, f.file)} ${f.entry ?? ''}`), [], 'no secret in any artifact');
  for (const secret of secrets) assert.ok(!run.stdout.includes(secret.value) && !run.stderr.includes(secret.value), `no ${secret.kind} in the console output`);

  const leftovers = sandbox.org.store.users.list().map((u) => u.profile.login);
  assert.deepEqual(leftovers, [], 'the canaries\' users were deleted by their fixtures');
});
