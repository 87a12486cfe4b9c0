/**
 * A plain page for people exploring the sandbox: the most recent emails and SMS, newest first,
 * with recipients, codes and links. It shows codes on purpose: this is the sandbox's own inbox on
 * loopback, the way a person would open Mailosaur's dashboard.
 */
import { escapeHtml, sendEmpty, sendHtml } from '../lib/http.ts';
import type { Route } from '../lib/http.ts';
import type { Address, InboxMessage } from './message.ts';
import type { MessageStore } from './store.ts';

const PAGE_LIMIT = 100;

function who(addresses: Address[]): string {
  return addresses.map((a) => escapeHtml(a.phone ?? (a.name ? `${a.name} <${a.email}>` : a.email))).join('<br>');
}

function codesCell(message: InboxMessage): string {
  const values = new Set([...(message.html?.codes ?? []), ...(message.text?.codes ?? [])].map((c) => c.value));
  return [...values].map((v) => `<code>${escapeHtml(v)}</code>`).join(' ');
}

function linksCell(message: InboxMessage): string {
  const links = message.html?.links.length ? message.html.links : (message.text?.links ?? []);
  const items = links.map((l) => `<li><a href="${escapeHtml(l.href)}">${escapeHtml(l.text || l.href)}</a></li>`);
  return items.length ? `<ul>${items.join('')}</ul>` : '';
}

function row(message: InboxMessage): string {
  const content = message.type === 'SMS' ? (message.text?.body ?? '') : message.subject;
  return `<tr>
<td><time datetime="${escapeHtml(message.received)}">${escapeHtml(message.received)}</time></td>
<td>${escapeHtml(message.type)}</td>
<td>${who(message.from)}</td>
<td>${who(message.to)}</td>
<td>${escapeHtml(content)}</td>
<td>${codesCell(message)}</td>
<td>${linksCell(message)}</td>
</tr>`;
}

export function renderInboxPage(messages: InboxMessage[], total: number): string {
  const body = messages.length
    ? `<table>
<caption>${messages.length} most recent of ${total} messages, newest first</caption>
<thead><tr><th scope="col">Received</th><th scope="col">Type</th><th scope="col">From</th><th scope="col">To</th><th scope="col">Subject or text</th><th scope="col">Codes</th><th scope="col">Links</th></tr></thead>
<tbody>
${messages.map(row).join('\n')}
</tbody>
</table>`
    : '<p role="status">No messages yet. Emails sent to the SMTP port and SMS to the inbox numbers appear here.</p>';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Sandbox inbox - Sandbox</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:left}caption{text-align:left;margin-bottom:.5rem}</style>
</head>
<body>
<main>
<h1>Sandbox inbox</h1>
${body}
</main>
</body>
</html>`;
}

export function inboxPageRoutes(store: MessageStore): Route[] {
  return [
    { method: 'GET', path: '/', handler: (ctx) => sendHtml(ctx.res, 200, renderInboxPage(store.recent(PAGE_LIMIT), store.count())) },
    // Browsers ask for it on every visit; answering keeps the "unexpected request" log meaningful.
    { method: 'GET', path: '/favicon.ico', handler: (ctx) => sendEmpty(ctx.res, 204) },
  ];
}
