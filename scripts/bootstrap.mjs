// First step of `npm run conformance` and `npm test` on a fresh clone: install the dependencies
// when they are missing (plain Node, because nothing else is installed yet), then run the setup
// step (settings check and browser provisioning), unless nothing it depended on has changed since
// it last succeeded: then it prints what it found last time and costs a few milliseconds.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unchangedSince } from './setup-stamp.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function dependenciesInstalled() {
  const lock = path.join(root, 'package-lock.json');
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  if (!fs.existsSync(installed)) return false;
  // A lock file newer than the install means package.json changed since the last install.
  return !fs.existsSync(lock) || fs.statSync(installed).mtimeMs >= fs.statSync(lock).mtimeMs;
}

if (!dependenciesInstalled()) {
  process.stdout.write('[setup] installing dependencies (npm ci)...\n');
  run(npm, ['ci', '--no-audit', '--no-fund']);
}
const unchanged = !process.argv.includes('--force') && unchangedSince(root);
if (unchanged) {
  for (const line of unchanged.split('\n')) process.stdout.write(`[setup] ${line}\n`);
  process.stdout.write('[setup] (nothing changed since the last setup; `npm run setup -- --force` checks again)\n');
} else {
  run(process.execPath, ['--import', 'tsx', path.join('scripts', 'setup.ts')]);
}
