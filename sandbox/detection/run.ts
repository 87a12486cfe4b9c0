/**
 * `npm run detection [-- --only ID,... | --quick] [--concurrency N] [--port-base P] [--no-baseline]`:
 * seeds every defect of the catalog into a sandbox of its own, runs the specs the catalog names
 * for it against that sandbox, classifies the result (classify.ts) and prints and writes the
 * table (reports/detection/detection.md and .json). Exit code 1 when a defect was missed or the
 * baseline failed, 2 for bad options.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../../helpers/config/index.ts';
import { DEFECTS, findDefect, type Defect } from '../defects/catalog.ts';
import { detect, PORT_STRIDE } from './detect.ts';
import { consoleLines, markdown, rate } from './report.ts';

const USAGE = 'usage: npm run detection -- [--only ID,ID | --quick] [--concurrency N (2)] [--port-base P (25000; 0 = ephemeral)] [--no-baseline] [--out DIR]';

function fail(message: string): never {
  process.stderr.write(`\n${message}\n${USAGE}\n\n`);
  process.exit(2);
}

function options() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        only: { type: 'string' },
        quick: { type: 'boolean' },
        concurrency: { type: 'string', default: '2' },
        'port-base': { type: 'string', default: '25000' },
        'no-baseline': { type: 'boolean' },
        out: { type: 'string', default: path.join(PROJECT_ROOT, 'reports', 'detection') },
      },
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  const ids = values.only?.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = ids?.filter((id) => !findDefect(id)) ?? [];
  if (unknown.length) fail(`--only names unknown defects: ${unknown.join(', ')}. Known: ${DEFECTS.map((d) => d.id).join(', ')}`);
  const defects: Defect[] = ids ? ids.map((id) => findDefect(id)!) : DEFECTS.filter((d: Defect) => !values.quick || d.quick);
  const concurrency = Number(values.concurrency);
  const portBase = Number(values['port-base']);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 8) fail('--concurrency must be a whole number from 1 to 8.');
  if (!Number.isInteger(portBase) || (portBase !== 0 && (portBase < 1024 || portBase + PORT_STRIDE * 100 > 65000))) {
    fail('--port-base must be 0 (ephemeral ports) or leave room for 100 sandboxes (10 ports each) below 65000.');
  }
  return { defects, concurrency, portBase, baseline: !values['no-baseline'], out: path.resolve(values.out) };
}

const opts = options();
const started = Date.now();
const result = await detect({ ...opts, baseEnv: { PATH: process.env.PATH, HOME: process.env.HOME }, log: (line) => process.stdout.write(`${line}\n`) });
fs.mkdirSync(opts.out, { recursive: true });
fs.writeFileSync(path.join(opts.out, 'detection.md'), markdown(result));
fs.writeFileSync(path.join(opts.out, 'detection.json'), `${JSON.stringify({ ...result, rate: rate(result) }, null, 2)}\n`);
process.stdout.write(`\n${consoleLines(result).join('\n')}\n`);
process.stdout.write(`Written: ${path.relative(PROJECT_ROOT, opts.out)}/detection.md and detection.json (${((Date.now() - started) / 60_000).toFixed(1)} min)\n`);
const { caught, total } = rate(result);
process.exit(caught === total && result.baseline?.passed !== false ? 0 : 1);
