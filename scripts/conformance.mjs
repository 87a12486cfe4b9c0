// `npm run conformance -- [--strict] [playwright test options]`: runs the suite with the gate
// policy of helpers/verdicts/gate.ts. `--strict` is ours (INCONCLUSIVE and FLAKY also fail the run);
// every other option goes to `playwright test` unchanged.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const strict = args.includes('--strict');
const cli = path.join(root, 'node_modules', '@playwright', 'test', 'cli.js');
const env = strict ? { ...process.env, CONFORMANCE_STRICT: '1' } : process.env;
const result = spawnSync(process.execPath, [cli, 'test', ...args.filter((a) => a !== '--strict')], { cwd: root, stdio: 'inherit', env });
process.exit(result.status ?? 1);
