/**
 * A plain page for people exploring the sandbox: the SMS the org sent to the test numbers, newest
 * first, with the code each carries. It shows codes on purpose, as Twilio's console would: this is
 * the sandbox's own phone service on loopback. (SMS to Mailosaur numbers appear in the inbox page.)
 */
import { escapeHtml, sendEmpty, sendHtml, type Route } from '../lib/http.ts';
import { renderMessageTablePage } from '../lib/message-table-page.ts';
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
  return renderMessageTablePage({
    title: 'Sandbox phone',
    caption: `${shown.length} most recent of ${messages.length} SMS, newest first`,
    columns: ['Sent', 'From', 'To', 'Text', 'Code', 'Status'],
    rows: shown.map(row),
    empty: 'No SMS yet. Codes the org sends to the test phone numbers appear here.',
  });
}

export function phonePageRoutes(messages: () => PhoneMessage[]): Route[] {
  return [
    { method: 'GET', path: '/', handler: (ctx) => sendHtml(ctx.res, 200, renderPhonePage(messages())) },
    { method: 'GET', path: '/favicon.ico', handler: (ctx) => sendEmpty(ctx.res, 204) },
  ];
}
