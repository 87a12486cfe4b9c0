/**
 * The stdout table: one row per scenario, then one indented row per phase, so a slow p95 can be
 * traced to the step that caused it. Plain fixed-width text: it must read the same in a CI log.
 */
import { formatFaults } from './faults.ts';
import type { ScenarioResult } from './result.ts';
import type { LatencySummary } from './stats.ts';

const HEADERS = ['benchmark', 'ok/req', 'p50 ms', 'p95 ms', 'max ms', 'mean ms', 'ops/s', 'errors'];

function ms(value: number | undefined): string {
  if (value === undefined) return '-';
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

function latencyCells(latency: LatencySummary | undefined): string[] {
  return [ms(latency?.p50), ms(latency?.p95), ms(latency?.max), ms(latency?.mean)];
}

function rowsOf(result: ScenarioResult): string[][] {
  const main = [
    result.name,
    `${result.succeeded}/${result.requested}`,
    ...latencyCells(result.latencyMs),
    result.throughputPerSec.toFixed(1),
    result.notStarted > 0 ? `${formatFaults(result.errors)}; ${result.notStarted} not started` : formatFaults(result.errors),
  ];
  const phases = Object.entries(result.phasesMs).map(([phase, latency]) => [`  ${phase}`, '', ...latencyCells(latency), '', '']);
  return [main, ...phases];
}

export function formatTable(results: readonly ScenarioResult[]): string {
  const rows = [HEADERS, ...results.flatMap(rowsOf)];
  const widths = HEADERS.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  // Names left-aligned, numbers right-aligned, the errors column left-aligned (it is prose).
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column === 0 || column === row.length - 1 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

/** Error examples and notes under the table: failures are shown, never only counted. */
export function formatDetails(results: readonly ScenarioResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    for (const example of result.errors.examples) {
      lines.push(`${result.name}: ${example.count}x [${example.fault}] ${example.name} during ${example.stage}: ${example.message}`);
    }
    for (const note of result.notes) lines.push(`${result.name}: note: ${note}`);
  }
  return lines.join('\n');
}
