/** The conformance report as Markdown (CI step summary, PR comments) and one self-contained HTML page. */
import type { ConformanceReport, GuideMatrix, MatrixCell, TestRecord } from './report-model.ts';
import { isExcused } from './report-model.ts';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function verdictLabel(record: TestRecord): string {
  if (isExcused(record)) return 'FAIL (expected)';
  return record.verdict;
}

function cellText(cell: MatrixCell): string {
  const parts = [cell.passed && `✔ ${cell.passed}`, cell.failed && `✖ ${cell.failed}`, cell.inconclusive && `? ${cell.inconclusive}`].filter(Boolean);
  return parts.length ? parts.join(' ') : '–';
}

function mdEscape(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function mdMatrix(matrix: GuideMatrix): string[] {
  return [
    `### ${matrix.guide}`,
    '',
    `| guide step | ${matrix.variants.map(mdEscape).join(' | ')} |`,
    `|---|${matrix.variants.map(() => '---').join('|')}|`,
    ...matrix.steps.map((s) => `| ${mdEscape(s.title)} | ${matrix.variants.map((v) => cellText(s.cells[v])).join(' | ')} |`),
    '',
  ];
}

function messagesText(record: TestRecord): string {
  return record.messages.map((m) => `${m.channel} ${seconds(m.arrivalMs)}`).join(', ');
}

function mdProblem(record: TestRecord): string[] {
  const f = record.failure;
  const lines = [`#### ${verdictLabel(record)}: ${mdEscape(record.id)} [${record.project}]`, ''];
  if (record.reason) lines.push(`- **why**: ${record.reason}`);
  if (f?.step) lines.push(`- **step**: ${mdEscape(f.step)}`);
  if (f) lines.push(`- **error**: ${mdEscape(f.summary)}`);
  if (f?.expected) lines.push(`- **expected**: ${mdEscape(f.expected)}`);
  if (f?.seen) lines.push(`- **seen**: ${mdEscape(f.seen)}`);
  if (f?.fix) lines.push(`- **fix**: ${mdEscape(f.fix)}`);
  if (record.expectedFailure) {
    const e = record.expectedFailure;
    lines.push(`- **expected failure**: ${mdEscape(e.reason)} (${e.link}, expires ${e.expires}${e.expired ? ', EXPIRED' : ''})`);
  }
  lines.push('');
  return lines;
}

export function toMarkdown(report: ConformanceReport): string {
  const t = report.totals;
  const problems = report.tests.filter((r) => r.verdict !== 'PASS' && r.verdict !== 'SKIPPED');
  return [
    '## Conformance report',
    '',
    `**${report.gate}**${report.strict ? ' (strict)' : ''}`,
    '',
    ...(report.runErrors?.length ? ['### Errors outside any test', '', ...report.runErrors.map((e) => `- ${mdEscape(e)}`), ''] : []),
    `PASS ${t.PASS} · FAIL ${t.FAIL} · INCONCLUSIVE ${t.INCONCLUSIVE} · FLAKY ${t.FLAKY} · expected FAIL ${t.EXPECTED_FAIL} · skipped ${t.SKIPPED} · ${seconds(report.durationMs)}`,
    '',
    ...report.matrix.flatMap(mdMatrix),
    ...(problems.length ? ['### Not passing', '', ...problems.flatMap(mdProblem)] : []),
    ...(report.nowPassing.length
      ? ['### Expected failures that now pass (remove them from the file)', '', ...report.nowPassing.map((r) => `- ${mdEscape(r.id)} [${r.project}]: ${r.expectedFailure?.link ?? ''}`), '']
      : []),
    '### All tests',
    '',
    '| verdict | test | variant | duration | attempts | messages (arrival) |',
    '|---|---|---|---|---|---|',
    ...report.tests.map((r) => `| ${verdictLabel(r)} | ${mdEscape(r.id)} | ${mdEscape(r.project)} | ${seconds(r.durationMs)} | ${r.attempts} | ${messagesText(r)} |`),
    '',
  ].join('\n');
}

function esc(text: string | number | undefined): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CSS = `body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;margin:.5rem 0 1.5rem}
td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f4f4f4}
.PASS{color:#176f2c}.FAIL{color:#b00020;font-weight:bold}.INCONCLUSIVE{color:#8a5a00}.FLAKY{color:#6a3fa0}.SKIPPED{color:#777}
.gate{font-size:1.2rem;padding:.5rem 1rem;border-radius:4px;display:inline-block}.gate.passed{background:#e6f4ea}.gate.failed{background:#fde7e9}
dl{margin:.25rem 0 1rem 1rem}dt{font-weight:bold}dd{margin:0 0 .25rem 1rem;white-space:pre-wrap}`;

function htmlMatrix(matrix: GuideMatrix): string {
  const head = `<tr><th>guide step</th>${matrix.variants.map((v) => `<th>${esc(v)}</th>`).join('')}</tr>`;
  const rows = matrix.steps.map((s) => `<tr><td>${esc(s.title)}</td>${matrix.variants.map((v) => `<td>${esc(cellText(s.cells[v]))}</td>`).join('')}</tr>`);
  return `<h3>${esc(matrix.guide)}</h3><table>${head}${rows.join('')}</table>`;
}

function htmlProblem(record: TestRecord): string {
  const f = record.failure;
  const items: [string, string | undefined][] = [
    ['why', record.reason],
    ['step', f?.step],
    ['error', f?.summary],
    ['expected', f?.expected],
    ['seen', f?.seen],
    ['fix', f?.fix],
    ['expected failure', record.expectedFailure && `${record.expectedFailure.reason} (${record.expectedFailure.link}, expires ${record.expectedFailure.expires}${record.expectedFailure.expired ? ', EXPIRED' : ''})`],
  ];
  const dl = items.filter(([, v]) => v).map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('');
  return `<h4><span class="${esc(record.verdict)}">${esc(verdictLabel(record))}</span> ${esc(record.id)} [${esc(record.project)}]</h4><dl>${dl}</dl>`;
}

export function toHtml(report: ConformanceReport): string {
  const t = report.totals;
  const problems = report.tests.filter((r) => r.verdict !== 'PASS' && r.verdict !== 'SKIPPED');
  const rows = report.tests.map(
    (r) =>
      `<tr><td class="${esc(r.verdict)}">${esc(verdictLabel(r))}</td><td>${esc(r.id)}</td><td>${esc(r.project)}</td><td>${esc(seconds(r.durationMs))}</td><td>${r.attempts}</td><td>${esc(messagesText(r))}</td></tr>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Conformance report</title><style>${CSS}</style></head><body>
<h1>Conformance report</h1>
<p class="gate ${esc(report.status)}">${esc(report.gate)}${report.strict ? ' (strict)' : ''}</p>
${report.runErrors?.length ? `<h2>Errors outside any test</h2><ul>${report.runErrors.map((e) => `<li>${esc(e)}</li>`).join('')}</ul>` : ''}
<p>PASS ${t.PASS} · FAIL ${t.FAIL} · INCONCLUSIVE ${t.INCONCLUSIVE} · FLAKY ${t.FLAKY} · expected FAIL ${t.EXPECTED_FAIL} · skipped ${t.SKIPPED} · ${esc(seconds(report.durationMs))} · ${esc(report.generatedAt)}</p>
<h2>Guide × step × variant</h2>${report.matrix.map(htmlMatrix).join('')}
${problems.length ? `<h2>Not passing</h2>${problems.map(htmlProblem).join('')}` : ''}
${report.nowPassing.length ? `<h2>Expected failures that now pass</h2><ul>${report.nowPassing.map((r) => `<li>${esc(r.id)} [${esc(r.project)}]</li>`).join('')}</ul>` : ''}
<h2>All tests</h2><table><tr><th>verdict</th><th>test</th><th>variant</th><th>duration</th><th>attempts</th><th>messages (arrival)</th></tr>${rows.join('')}</table>
</body></html>
`;
}
