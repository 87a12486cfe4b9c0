// Runs the project's own node:test files under a folder. Node 20's test runner does not expand
// globs itself, so the files are listed here.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const [folder, ...extra] = process.argv.slice(2);
if (!folder) {
  process.stderr.write('usage: node scripts/run-checks.mjs <folder> [node --test options]\n');
  process.exit(2);
}
const files = fs
  .readdirSync(folder, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.test.ts'))
  .sort()
  .map((f) => path.join(folder, f));
if (files.length === 0) {
  process.stderr.write(`No *.test.ts files under ${folder}.\n`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...extra, ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
