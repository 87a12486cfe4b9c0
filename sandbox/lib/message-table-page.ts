/**
 * The plain pages the sandbox's message stand-ins show people (the inbox, the phone): a heading
 * and a table of recent messages, newest first, or a status line when there are none.
 */
import { escapeHtml } from './http.ts';

export interface MessageTable {
  title: string;
  /** The table's caption, e.g. "3 most recent of 10 messages, newest first". */
  caption: string;
  columns: string[];
  /** Rows as ready `<tr>` markup (cells are escaped by their renderers). */
  rows: string[];
  /** Shown instead of the table when there are no rows. */
  empty: string;
}

export function renderMessageTablePage({ title, caption, columns, rows, empty }: MessageTable): string {
  const body = rows.length
    ? `<table>
<caption>${escapeHtml(caption)}</caption>
<thead><tr>${columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`
    : `<p role="status">${escapeHtml(empty)}</p>`;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(title)} - Sandbox</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:left}caption{text-align:left;margin-bottom:.5rem}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>`;
}
