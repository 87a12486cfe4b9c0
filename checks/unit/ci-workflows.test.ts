/**
 * The CI templates are validated against GitHub's workflow schema (@action-validator/core), and
 * the commands they run must exist here: a template that drifts from the project fails npm test.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { it } from 'node:test';
import { PROJECT_ROOT } from '../../helpers/config/index.ts';

const { validateWorkflow } = createRequire(import.meta.url)('@action-validator/core') as typeof import('@action-validator/core');
const dir = path.join(PROJECT_ROOT, '.github', 'workflows');
const workflows = fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const scripts = Object.keys((JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: object }).scripts);

it('there are templates for the nightly run, the reusable gate and the sharded run', () => {
  assert.deepEqual(workflows.sort(), ['conformance-gate.yml', 'conformance-nightly.yml', 'conformance-sharded.yml']);
});

for (const file of workflows) {
  it(`${file} is a valid workflow and runs only npm scripts that exist`, () => {
    const { errors } = validateWorkflow(read(file));
    assert.deepEqual(errors, [], `${file} validates against the workflow schema`);
    for (const [, script] of read(file).matchAll(/npm run ([\w:-]+)/g)) assert.ok(scripts.includes(script), `npm run ${script} exists`);
  });
}

it('the sharded run gives each shard its phone slice, merges the blobs and takes its verdict from the gate', () => {
  const text = read('conformance-sharded.yml');
  assert.match(text, /CONFORMANCE_SHARD: \$\{\{ matrix\.shard \}\}\/4/);
  assert.match(text, /--shard=\$\{\{ matrix\.shard \}\}\/4/);
  assert.match(text, /merge-reports --config playwright\.merge\.config\.ts/);
  assert.ok(fs.existsSync(path.join(PROJECT_ROOT, 'playwright.merge.config.ts')));
  assert.match(text, /npm run gate/);
  assert.match(read('conformance-gate.yml'), /workflow_call:/, 'the gate is reusable');
});

it('a broken workflow is caught (the validator is not a no-op)', () => {
  assert.notDeepEqual(validateWorkflow('on: push\njobs:\n  a:\n    runs-onn: ubuntu-latest\n    steps:\n      - run: x\n').errors, []);
});
