/**
 * The quick subset of the defect catalog (`quick: true`), seeded one at a time on ephemeral
 * ports: if the suite stops catching any of them for the right reason, `npm test` fails. The
 * full catalog is `npm run detection` (README, "Detection power").
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { DEFECTS, type Defect } from '../../sandbox/defects/catalog.ts';
import { detect } from '../../sandbox/detection/detect.ts';
import { consoleLines } from '../../sandbox/detection/report.ts';

it('every defect of the quick subset is caught by a spec the catalog names, with the broken step’s assertion', { timeout: 420_000 }, async () => {
  const quick = DEFECTS.filter((d: Defect) => d.quick);
  assert.ok(quick.length >= 4, `the quick subset has defects (${quick.length})`);
  // The suite itself runs later in npm test against the unmodified sandbox: no baseline here.
  const result = await detect({ defects: quick, concurrency: 3, portBase: 0, baseline: false, baseEnv: { PATH: process.env.PATH, HOME: process.env.HOME } });
  const missed = result.verdicts.filter((v) => !v.caught);
  assert.deepEqual(missed.map((v) => v.id), [], `every quick defect is caught:\n${consoleLines(result).join('\n')}`);
});
