import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { scanArtifacts } from '../../helpers/artifacts/scan.ts';
import { configFrom, PROJECT_ROOT } from '../../helpers/config/index.ts';
import { DEFAULT_SANDBOX_PORT } from '../../helpers/config/sandbox-target.ts';
import { readRegisteredSecrets } from '../../helpers/secrets.ts';

const CANARY = path.join(PROJECT_ROOT, '.cache', 'canary');
// Its own sandbox ports, so the canary never meets a sandbox the suite or a person is using.
const CANARY_PORT = String(DEFAULT_SANDBOX_PORT + 100);

it('a failing test leaves no password, code or token in its report, error context or JUnit file', { timeout: 180_000 }, () => {
  fs.rmSync(CANARY, { recursive: true, force: true });
  const run = spawnSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', '-c', 'checks/canary/playwright.config.ts'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, SANDBOX_PORT: CANARY_PORT, CI: '1', OIEC_RUN_ID: '' },
  });
  assert.equal(run.status, 1, `the canary must fail (exit 1); output:\n${run.stdout}\n${run.stderr}`);
  assert.match(run.stdout, /1 failed/, 'exactly the canary failed');

  const stateDir = configFrom({ SANDBOX_PORT: CANARY_PORT }, 'canary').stateDir;
  const secrets = readRegisteredSecrets(stateDir);
  for (const kind of ['password', 'otp', 'api-token'] as const) {
    assert.ok(secrets.some((s) => s.kind === kind), `the canary registered a ${kind} (else the scan proves nothing)`);
  }
  const errorContext = fs.readdirSync(path.join(CANARY, 'test-results'), { recursive: true }).map(String).find((f) => f.endsWith('error-context.md'));
  assert.ok(errorContext, 'the failure wrote its error context');

  const { findings, filesScanned } = scanArtifacts([CANARY], secrets);
  assert.ok(filesScanned >= 3, `report, JUnit and error context were scanned (${filesScanned} files)`);
  assert.deepEqual(findings.map((f) => `${f.kind} in ${path.relative(CANARY, f.file)} ${f.entry ?? ''}`), [], 'no secret in any artifact');
  assert.ok(!run.stdout.includes(secrets.find((s) => s.kind === 'password')!.value), 'no password in the console output');
});
