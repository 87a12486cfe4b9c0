/**
 * One run of the conformance suite against a sandbox that seeds one defect: the sandbox starts
 * in-process on its own ports and Playwright runs as a child against it as against a live org
 * (its settings in the environment, nothing inherited), reporting JSON to a file of its own.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../helpers/config/index.ts';
import { startSandbox, type RunningSandbox } from '../start.ts';
import type { JsonReport } from './classify.ts';

const PLAYWRIGHT_CLI = path.join(PROJECT_ROOT, 'node_modules/@playwright/test/cli.js');
/** First, as in the suite's own configuration: the runs' traces and error contexts hold codes and links too. */
const REDACTING_REPORTER = path.join(PROJECT_ROOT, 'helpers/artifacts/redacting-reporter.ts');

export interface SuiteRunRequest {
  /** A name for the run's folder under `workDir`. */
  name: string;
  defects: string[];
  /** Spec titles (substrings); the run selects exactly these tests. */
  specs: readonly string[];
  /** The next base port to try (0: ephemeral ports); asked again when a port is busy. */
  portBase: () => number;
  workDir: string;
  workers: number;
  /** The environment's PATH and HOME, so the child finds node and the browser the setup chose. */
  baseEnv: Record<string, string | undefined>;
}

export interface SuiteRun {
  report: JsonReport;
  status: number | null;
  /** The child's output tail, for a run that produced no report. */
  output: string;
  seconds: number;
}

export function grepFor(titles: readonly string[]): string {
  return titles.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

export async function runSuiteAgainst(request: SuiteRunRequest): Promise<SuiteRun> {
  const started = Date.now();
  const dir = path.join(request.workDir, request.name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const reportFile = path.join(dir, 'report.json');
  const sandbox = await startSandboxNear(request.portBase, request.defects);
  try {
    // No retries: the suite never retries a target's failure anyway (helpers/verdicts), and the
    // attempt classified must be the one that met the defect, not a retry's summary of it.
    const args = [PLAYWRIGHT_CLI, 'test', '--grep', grepFor(request.specs), '--reporter', `${REDACTING_REPORTER},json`, '--retries', '0', '--workers', String(request.workers), '--output', path.join(dir, 'test-results')];
    const env = { PATH: request.baseEnv.PATH, HOME: request.baseEnv.HOME, CI: '1', PLAYWRIGHT_JSON_OUTPUT_FILE: reportFile, OIEC_STATE_DIR: path.join(dir, 'state'), ...sandbox.settings };
    const { status, output } = await runChild(args, env);
    const report = fs.existsSync(reportFile) ? (JSON.parse(fs.readFileSync(reportFile, 'utf8')) as JsonReport) : { errors: [{ message: lastLines(output) }] };
    return { report, status, output, seconds: (Date.now() - started) / 1000 };
  } finally {
    await sandbox.close();
  }
}

/**
 * Fixed ports (default base 25000, below the ranges lent to outgoing connections) may still be
 * held by another program: a busy base is given up for the next one, a few times, before the run fails.
 */
async function startSandboxNear(portBase: () => number, defects: string[], attempts = 5): Promise<RunningSandbox> {
  for (let attempt = 1; ; attempt++) {
    const port = portBase();
    try {
      return await startSandbox({ port, defects });
    } catch (error) {
      if (port === 0 || attempt >= attempts || !/already in use/.test((error as Error).message)) throw error;
    }
  }
}

function runChild(args: string[], env: Record<string, string | undefined>): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env: env as NodeJS.ProcessEnv });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-5).join(' | ') || 'Playwright wrote no report and no output';
}
