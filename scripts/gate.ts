/**
 * `npm run gate -- [--strict] [REPORT_JSON]`: the deployment gate's exit code from a conformance
 * report (default reports/conformance/report.json). Used after `playwright merge-reports`, whose
 * own exit code ignores test results: 1 on a FAIL, or with --strict also on INCONCLUSIVE or FLAKY.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT, runtimeSettings } from '../helpers/config/index.ts';
import { decideGate } from '../helpers/verdicts/gate.ts';
import type { ConformanceReport } from '../helpers/verdicts/report-model.ts';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({ options: { strict: { type: 'boolean' } }, allowPositionals: true });
  } catch (error) {
    return fail(`${(error as Error).message}. Usage: npm run gate -- [--strict] [reports/conformance/report.json]`);
  }
})();
const file = path.resolve(PROJECT_ROOT, positionals[0] ?? 'reports/conformance/report.json');
if (!fs.existsSync(file)) fail(`No conformance report at ${file}: run the suite (or merge-reports) with the conformance reporter first.`);
let report: ConformanceReport;
try {
  report = JSON.parse(fs.readFileSync(file, 'utf8')) as ConformanceReport;
} catch (error) {
  fail(`${file} is not a conformance report (${(error as Error).message}).`);
}
const decision = decideGate(report.tests ?? [], values.strict ?? runtimeSettings().strict, report.runErrors ?? []);
process.stdout.write(`${decision.gate}\n`);
process.exit(decision.status === 'passed' ? 0 : 1);
