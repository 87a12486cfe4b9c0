import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { it } from 'node:test';

it('temporary folders of a test process are gone when it exits, whatever they hold', () => {
  const script = [
    "import fs from 'node:fs';",
    "import { tempDir } from './checks/temp-dir.ts';",
    "const a = tempDir('temp-dir-check'); const b = tempDir('temp-dir-check');",
    "fs.mkdirSync(a + '/nested'); fs.writeFileSync(a + '/nested/file.txt', 'x');",
    'console.log(JSON.stringify([a, b]));',
  ].join('\n');
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const made = JSON.parse(run.stdout) as string[];
  assert.equal(new Set(made).size, 2, 'each call makes a folder of its own');
  for (const dir of made) assert.equal(fs.existsSync(dir), false, `${dir} was removed at exit`);
});
