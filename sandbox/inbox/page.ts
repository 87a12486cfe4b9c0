/**
 * A plain page for people exploring the sandbox: the most recent emails and SMS, newest first,
 * with recipients, codes and links. It shows codes on purpose: this is the sandbox's own inbox on
 * loopback, the way a person would open Mailosaur's dashboard.
 */
import { escapeHtml, sendEmpty, sendHtml } from '../lib/http.ts';
import type { Route } from '../lib/http.ts';
import { renderMessageTablePage } from '../lib/message-table-page.ts';
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
  return renderMessageTablePage({
    title: 'Sandbox inbox',
    caption: `${messages.length} most recent of ${total} messages, newest first`,
    columns: ['Received', 'Type', 'From', 'To', 'Subject or text', 'Codes', 'Links'],
    rows: messages.map(row),
    empty: 'No messages yet. Emails sent to the SMTP port and SMS to the inbox numbers appear here.',
  });
}

export function inboxPageRoutes(store: MessageStore): Route[] {
  return [
    { method: 'GET', path: '/', handler: (ctx) => sendHtml(ctx.res, 200, renderInboxPage(store.recent(PAGE_LIMIT), store.count())) },
    // Browsers ask for it on every visit; answering keeps the "unexpected request" log meaningful.
    { method: 'GET', path: '/favicon.ico', handler: (ctx) => sendEmpty(ctx.res, 204) },
  ];
}
