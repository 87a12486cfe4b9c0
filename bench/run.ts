/**
 * `npm run bench`: runs the benchmarks against a sandbox started in-process on loopback, prints a
 * table and writes a JSON report. Exits 1 when any iteration failed or a deadline cut a scenario
 * short (the numbers of a failing run are not numbers to compare), 2 on bad options.
 */
import { measureScenario } from './measure.ts';
import { parseBenchArgs, selectByName, USAGE, type BenchOptions } from './options.ts';
import { buildReport, busyWarning, writeReport } from './report.ts';
import { isClean, type ScenarioResult } from './result.ts';
import { SCENARIOS } from './scenarios/index.ts';
import { formatDetails, formatTable } from './table.ts';
import { startTarget } from './target.ts';
import { formatSuiteTable, SUITE_BENCHMARKS, type SuiteBenchResult } from './suite/benchmarks.ts';
import { loadConfigOrExit } from '../helpers/config/index.ts';

function optionsOrExit(): BenchOptions {
  try {
    return parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
}

async function main(): Promise<number> {
  const options = optionsOrExit();
  if (options.help) {
    process.stdout.write(`${USAGE}\n\nBenchmarks:\n${[...SCENARIOS, ...SUITE_BENCHMARKS].map((s) => `  ${s.name.padEnd(22)}${s.summary}`).join('\n')}\n`);
    return 0;
  }
  let scenarios;
  let suiteBenchmarks;
  try {
    const all = selectByName<{ name: string }>([...SCENARIOS, ...SUITE_BENCHMARKS], options.only).map((b) => b.name);
    scenarios = SCENARIOS.filter((s) => all.includes(s.name));
    suiteBenchmarks = options.suiteRuns === 0 ? [] : SUITE_BENCHMARKS.filter((s) => all.includes(s.name));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) {
    process.stderr.write(`bench: ${scenario.name}: ${options.warmup} warm-up + ${options.iterations} iterations at concurrency ${options.concurrency}\n`);
    const result = await measureScenario(scenario, options, {
      startTarget: () => startTarget(),
      closeTarget: (target) => target.sandbox.close(),
      redact: (target, text) => target.secrets.redact(text),
    });
    process.stderr.write(`bench: ${scenario.name}: ${result.succeeded} ok, ${result.failed} failed (sandbox start ${(result.sandboxStartMs / 1000).toFixed(1)} s)\n`);
    results.push(result);
  }
  const suiteResults: SuiteBenchResult[] = [];
  const sandboxPort = loadConfigOrExit().sandboxPort;
  for (const benchmark of suiteBenchmarks) {
    process.stderr.write(`bench: ${benchmark.name}: ${benchmark.summary}\n`);
    suiteResults.push(
      await benchmark.run({ sandboxPort, runs: options.suiteRuns, iterations: options.flowIterations, log: (line) => process.stderr.write(`bench: ${benchmark.name}: ${line}\n`) }),
    );
  }
  if (results.length) process.stdout.write(`\n${formatTable(results)}\n`);
  const details = formatDetails(results);
  if (details) process.stdout.write(`\n${details}\n`);
  if (suiteResults.length) process.stdout.write(`\n${formatSuiteTable(suiteResults)}\n`);
  for (const failure of suiteResults.flatMap((r) => r.failures)) process.stdout.write(`\nfailed: ${failure}\n`);
  const report = { ...buildReport(options, results), suite: suiteResults };
  const busy = busyWarning(report.machine);
  if (busy) process.stdout.write(`\nwarning: ${busy}\n`);
  process.stdout.write(`\nReport: ${writeReport(options.out, report)}\n`);
  return results.every(isClean) && suiteResults.every((r) => r.failures.length === 0) ? 0 : 1;
}

process.exitCode = await main();
