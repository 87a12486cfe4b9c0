/**
 * One Playwright run as a user starts it (`npx playwright test ...` against the sandbox, which
 * Playwright's webServer starts: the wall time includes the sandbox start, the preflight and the
 * sweeper), timed from spawn to exit. Its results come from Playwright's JSON reporter, written
 * under .cache/bench, so the user's own reports are left alone.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../helpers/config/index.ts';
import { SETTINGS } from '../../helpers/config/settings.ts';

export const SUITE_BENCH_DIR = path.join(PROJECT_ROOT, '.cache', 'bench', 'suite');
const PLAYWRIGHT_CLI = path.join(PROJECT_ROOT, 'node_modules', '@playwright', 'test', 'cli.js');

export interface TestOutcome {
  project: string;
  title: string;
  status: string;
  durationMs: number;
  annotations: { type: string; description?: string }[];
}

export interface PlaywrightRun {
  label: string;
  wallMs: number;
  exitCode: number | null;
  passed: number;
  failed: number;
  tests: TestOutcome[];
  /** The last lines of output when the run failed (secrets are the sandbox's own, fixed and public). */
  tail?: string;
}

export interface RunRequest {
  label: string;
  args: string[];
  sandboxPort: number;
  /** A Playwright configuration other than the suite's (the bare flows). */
  configFile?: string;
  env?: Record<string, string>;
}

/**
 * The environment of a bench run: the sandbox target on `sandboxPort`, whatever `.env` says (a
 * benchmark compares the suite with itself, never against someone's org), and a fresh sandbox
 * (CI=1: Playwright refuses to reuse a server already on the port instead of measuring it).
 */
function benchEnvironment(request: RunRequest, jsonFile: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const { name } of SETTINGS) if (name !== 'BROWSER_PATH') delete env[name];
  const emptyEnvFile = path.join(SUITE_BENCH_DIR, 'empty.env');
  fs.mkdirSync(SUITE_BENCH_DIR, { recursive: true });
  fs.writeFileSync(emptyEnvFile, '');
  delete env.OIEC_RUN_ID;
  return {
    ...env,
    ENV_FILE: emptyEnvFile,
    SANDBOX_PORT: String(request.sandboxPort),
    CI: '1',
    PLAYWRIGHT_JSON_OUTPUT_FILE: jsonFile,
    ...request.env,
  };
}

interface JsonSpec {
  title: string;
  tests: { projectName: string; annotations: TestOutcome['annotations']; results: { status: string; duration: number }[] }[];
}
interface JsonSuite {
  specs?: JsonSpec[];
  suites?: JsonSuite[];
}

function outcomes(suites: JsonSuite[] = []): TestOutcome[] {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).flatMap((spec) =>
      spec.tests.map((t) => {
        const last = t.results[t.results.length - 1];
        return { project: t.projectName, title: spec.title, status: last?.status ?? 'notRun', durationMs: last?.duration ?? 0, annotations: t.annotations };
      }),
    ),
    ...outcomes(suite.suites),
  ]);
}

export async function runPlaywright(request: RunRequest): Promise<PlaywrightRun> {
  const slug = request.label.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  const jsonFile = path.join(SUITE_BENCH_DIR, `${slug}.json`);
  fs.rmSync(jsonFile, { force: true });
  const args = [PLAYWRIGHT_CLI, 'test', ...(request.configFile ? ['-c', request.configFile] : []), ...request.args, '--reporter=json', '--output', path.join(SUITE_BENCH_DIR, `${slug}-results`)];
  const started = performance.now();
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env: benchEnvironment(request, jsonFile), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4_000)));
    child.on('error', reject);
    child.on('close', (status) => resolve({ code: status, output: stderr }));
  });
  const wallMs = performance.now() - started;
  let tests: TestOutcome[] = [];
  try {
    tests = outcomes((JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as { suites: JsonSuite[] }).suites);
  } catch {
    // No report: the run failed before any test (the tail says why).
  }
  const passed = tests.filter((t) => t.status === 'passed').length;
  const failed = tests.filter((t) => t.status !== 'passed' && t.status !== 'skipped').length;
  return { label: request.label, wallMs, exitCode: code, passed, failed, tests, tail: code === 0 ? undefined : output.split('\n').slice(-15).join('\n') };
}
