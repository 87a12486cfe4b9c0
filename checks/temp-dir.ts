/**
 * Temporary folders for the project's own tests, removed when the test process exits (the test
 * runner gives each file a process of its own), so that `npm test`, run again and again on a
 * laptop or a CI machine, leaves nothing behind in the OS temp folder.
 * How to use one: `const dir = tempDir('my-test')` instead of `fs.mkdtempSync(...)`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const made = new Set<string>();

function removeAll(): void {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
  made.clear();
}

export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  if (made.size === 0) process.once('exit', removeAll);
  made.add(dir);
  return dir;
}
