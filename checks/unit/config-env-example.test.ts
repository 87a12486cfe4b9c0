import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { renderEnvExample } from '../../helpers/config/env-example.ts';
import { PROJECT_ROOT } from '../../helpers/config/index.ts';
import { SETTINGS } from '../../helpers/config/settings.ts';

it('.env.example documents every setting, as rendered from the settings table', () => {
  const onDisk = fs.readFileSync(path.join(PROJECT_ROOT, '.env.example'), 'utf8');
  assert.equal(onDisk, renderEnvExample(), '.env.example is stale: run node --import tsx scripts/env-example.ts > .env.example');
  for (const setting of SETTINGS) assert.match(onDisk, new RegExp(`^#? ?${setting.name}=`, 'm'), `${setting.name} is in .env.example`);
});

it('the README settings table names every setting', () => {
  const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  for (const setting of SETTINGS) assert.ok(readme.includes(`\`${setting.name}\``), `README documents ${setting.name}`);
});
