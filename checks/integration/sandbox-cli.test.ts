/**
 * `npm run sandbox` as a person runs it (a child process of `node scripts/sandbox.mjs`, which bundles
 * `sandbox/main.ts` when a source changed):
 * `--org-config` overlays an extra app that the Management API then serves, a bad file ends in
 * seconds with every problem in one message and nothing started, `--write-env` writes the settings
 * block, and the old `--env-file` (which Node itself takes) gets a message naming its new name.
 * Runs under this Node and under every binary listed in EXTRA_NODE_BINARIES (comma-separated), so
 * a machine with Node 20 and 22 can check both.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PROJECT_ROOT } from '../../helpers/config/index.ts';

const NODES = [process.execPath, ...(process.env.EXTRA_NODE_BINARIES ?? '').split(',').map((n) => n.trim()).filter(Boolean)];
const EXTRA_APP = '0oaclitestapp0000001';
const START_DEADLINE_MS = 60_000;

let dir: string;
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-cli-'));
  fs.writeFileSync(path.join(dir, 'good.json'), JSON.stringify({
    groups: [{ name: 'CLI app users', type: 'OKTA_GROUP' }],
    apps: [{
      clientId: EXTRA_APP,
      label: 'CLI test app',
      accessPolicy: 'Password + Another factor',
      tokenEndpointAuthMethod: 'client_secret_post',
      clientSecret: 'cli-test-app-secret-not-real',
      groups: ['CLI app users'],
      oauthClient: { application_type: 'web', grant_types: ['interaction_code'], redirect_uris: ['http://localhost:8080/login/callback'] },
    }],
    throttles: { emailPerRecipientSeconds: 1 },
  }));
  fs.writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({
    throtles: {},
    apps: [{ clientId: '0oabad', label: 'Bad', accessPolicy: 'Nope', tokenEndpointAuthMethod: 'client_secret_basic', groups: ['Nobody'], oauthClient: { application_type: 'web', grant_types: ['interaction_code'], redirect_uris: ['not a url'] } }],
  }));
  fs.writeFileSync(path.join(dir, 'existing.env'), '');
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Run { code: number | null; stdout: string; stderr: string }

/** Runs the sandbox CLI; `untilRunning` stops it (SIGTERM) once it says it is running. */
function runSandbox(node: string, args: string[], untilRunning?: (stdout: string) => Promise<void>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, ['scripts/sandbox.mjs', ...args], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let checked = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), START_DEADLINE_MS);
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (untilRunning && !checked && stdout.includes('Sandbox is running') && /MAILOSAUR_SMS_NUMBERS=.*\n/.test(stdout)) {
        checked = true;
        untilRunning(stdout).then(() => child.kill('SIGTERM'), (error) => (child.kill('SIGTERM'), reject(error)));
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const setting = (text: string, name: string) => new RegExp(`^${name}=(.*)$`, 'm').exec(text)?.[1];

for (const node of NODES) {
  describe(`npm run sandbox on Node ${node === process.execPath ? process.version : node}`, () => {
    test('--org-config adds an app the Management API serves; --write-env writes the settings', async () => {
      const envFile = path.join(dir, `written-${path.basename(path.dirname(node))}.env`);
      let served: { label?: string; settings?: { oauthClient?: { redirect_uris?: string[] } } } | undefined;
      const run = await runSandbox(node, ['--port', '0', '--org-config', path.join(dir, 'good.json'), '--write-env', envFile], async (stdout) => {
        const orgUrl = setting(stdout, 'OKTA_ORG_URL')!;
        const token = setting(stdout, 'OKTA_API_TOKEN')!;
        const response = await fetch(`${orgUrl}/api/v1/apps/${EXTRA_APP}`, { headers: { Authorization: `SSWS ${token}`, Accept: 'application/json' } });
        served = (await response.json()) as typeof served;
      });
      assert.equal(run.code, 0, `stops cleanly on SIGTERM; stderr: ${run.stderr}`);
      assert.match(run.stdout, new RegExp(`CLI test app\\s+client id ${EXTRA_APP}`), 'the registered apps are printed');
      assert.equal(served?.label, 'CLI test app', 'the overlaid app is served by the Management API');
      assert.deepEqual(served?.settings?.oauthClient?.redirect_uris, ['http://localhost:8080/login/callback']);
      const written = fs.readFileSync(envFile, 'utf8');
      assert.equal(setting(written, 'OKTA_ORG_URL'), setting(run.stdout, 'OKTA_ORG_URL'), '--write-env writes the printed settings');
    });

    test('a bad --org-config file ends in seconds with every problem in one message, nothing started', async () => {
      const started = Date.now();
      const run = await runSandbox(node, ['--port', '0', '--org-config', path.join(dir, 'bad.json')]);
      assert.equal(run.code, 2);
      assert.ok(Date.now() - started < 30_000, 'fails fast');
      assert.doesNotMatch(run.stdout, /Sandbox is running/);
      assert.match(run.stderr, /has 5 problems:/, run.stderr);
      for (const expected of [/unknown field "throtles"/, /redirect_uris\.0: Invalid URL/, /access policy "Nope"/, /unknown group "Nobody"/, /give it a clientSecret/]) {
        assert.match(run.stderr, expected);
      }
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    });

    test('starts from a bundle built once, and built again after one of its sources changes', async () => {
      const manifest = path.join(PROJECT_ROOT, '.cache', 'sandbox-bundle', 'inputs.json');
      const builtAt = () => (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { startedAt: number }).startedAt;
      assert.equal((await runSandbox(node, ['--help'])).code, 0);
      const first = builtAt();
      await runSandbox(node, ['--help']);
      assert.equal(builtAt(), first, 'an unchanged bundle is reused');
      const source = path.join(PROJECT_ROOT, 'sandbox', 'main.ts');
      fs.utimesSync(source, fs.statSync(source).atime, new Date());
      const run = await runSandbox(node, ['--help']);
      assert.equal(run.code, 0, run.stderr);
      assert.ok(builtAt() > first, 'a changed source is bundled again');
    });

    test('--env-file, which Node takes for itself, is answered with its new name', async () => {
      const run = await runSandbox(node, ['--port', '0', '--env-file', path.join(dir, 'existing.env')]);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /--env-file was renamed --write-env/);
    });
  });
}
