/**
 * Runs Playwright (or a project script) as a child process against a sandbox started in-process
 * by the test, passing the sandbox's settings as a live target's `.env` would. Asynchronous, so
 * the in-process sandbox keeps answering while the child runs.
 */
import { spawn } from 'node:child_process';
import { PROJECT_ROOT } from '../../helpers/config/index.ts';

export interface ChildRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runChild(args: string[], settings: Record<string, string>): Promise<ChildRun> {
  // A run id of its own and no inherited target settings: only what the sandbox says counts.
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, CI: '1', ...settings };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

export const PLAYWRIGHT_CLI = 'node_modules/@playwright/test/cli.js';
