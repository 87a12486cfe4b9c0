/**
 * A plain page for people exploring the sandbox: the SMS the org sent to the test numbers, newest
 * first, with the code each carries. It shows codes on purpose, as Twilio's console would: this is
 * the sandbox's own phone service on loopback. (SMS to Mailosaur numbers appear in the inbox page.)
 */
import { escapeHtml, sendEmpty, sendHtml, type Route } from '../lib/http.ts';
import type { PhoneMessage } from './message.ts';

const PAGE_LIMIT = 100;

function row(message: PhoneMessage): string {
  const code = /\b(\d{6})\b/.exec(message.body)?.[1] ?? '';
  const status = message.errorCode ? `${message.status} (error ${message.errorCode})` : message.status;
  return `<tr>
<td><time datetime="${new Date(message.sentMs).toISOString()}">${new Date(message.sentMs).toISOString()}</time></td>
<td>${escapeHtml(message.from)}</td>
<td>${escapeHtml(message.to)}</td>
<td>${escapeHtml(message.body)}</td>
<td>${code ? `<code>${escapeHtml(code)}</code>` : ''}</td>
<td>${escapeHtml(status)}</td>
</tr>`;
}

export function renderPhonePage(messages: PhoneMessage[]): string {
  const shown = messages.slice(0, PAGE_LIMIT);
  const body = shown.length
    ? `<table>
<caption>${shown.length} most recent of ${messages.length} SMS, newest first</caption>
<thead><tr><th scope="col">Sent</th><th scope="col">From</th><th scope="col">To</th><th scope="col">Text</th><th scope="col">Code</th><th scope="col">Status</th></tr></thead>
<tbody>
${shown.map(row).join('\n')}
</tbody>
</table>`
    : '<p role="status">No SMS yet. Codes the org sends to the test phone numbers appear here.</p>';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Sandbox phone - Sandbox</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:left}caption{text-align:left;margin-bottom:.5rem}</style>
</head>
<body>
<main>
<h1>Sandbox phone</h1>
${body}
</main>
</body>
</html>`;
}

export function phonePageRoutes(messages: () => PhoneMessage[]): Route[] {
  return [
    { method: 'GET', path: '/', handler: (ctx) => sendHtml(ctx.res, 200, renderPhonePage(messages())) },
    { method: 'GET', path: '/favicon.ico', handler: (ctx) => sendEmpty(ctx.res, 204) },
  ];
}
