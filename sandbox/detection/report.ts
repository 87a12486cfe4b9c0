/** The detection table: defect → caught by which spec(s), or missed and why; plus the rate. */
import type { Defect } from '../defects/catalog.ts';
import type { Verdict } from './classify.ts';

export interface DetectionResult {
  date: string;
  verdicts: (Verdict & Pick<Defect, 'layer' | 'step' | 'description'> & { seconds: number })[];
  baseline?: { passed: boolean; failing: string[] };
}

export function rate(result: DetectionResult): { caught: number; total: number; percent: number } {
  const total = result.verdicts.length;
  const caught = result.verdicts.filter((v) => v.caught).length;
  return { caught, total, percent: total ? Math.round((1000 * caught) / total) / 10 : 0 };
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function markdown(result: DetectionResult): string {
  const { caught, total, percent } = rate(result);
  const lines = [
    `Detection run of ${result.date}: **${caught} of ${total} seeded defects caught (${percent}%)**.`,
    ...(result.baseline
      ? [result.baseline.passed ? 'Baseline (no defect): every named spec passed.' : `Baseline (no defect) FAILED: ${result.baseline.failing.join('; ')}`]
      : []),
    '',
    '| defect | layer | guide step | caught by |',
    '|---|---|---|---|',
  ];
  for (const v of result.verdicts) {
    const outcome = v.caught ? v.caughtBy.join('; ') : `**missed**: ${v.reason ?? ''}`;
    lines.push(`| \`${v.id}\` | ${v.layer} | ${cell(v.step)} | ${cell(outcome)} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** One line per defect for the console, with the failure that caught it or the reason it did not. */
export function consoleLines(result: DetectionResult): string[] {
  const { caught, total, percent } = rate(result);
  const lines = result.verdicts.map((v) => {
    if (v.caught) {
      const by = v.outcomes.find((o) => v.caughtBy.includes(o.title));
      return `  caught  ${v.id}  by "${v.caughtBy[0]}": ${by?.summary ?? ''}`;
    }
    const seen = v.outcomes.filter((o) => o.summary).map((o) => `${o.kind}: ${o.summary}`).join(' / ');
    return `  MISSED  ${v.id}  ${v.reason ?? ''}${seen ? ` (${seen})` : ''}`;
  });
  return [...lines, '', `${caught} of ${total} caught (${percent}%).`];
}
