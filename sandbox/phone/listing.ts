/**
 * `GET .../Messages.json`: Twilio's filters and paging. twilio-node percent-encodes the parameter
 * names (`DateSent%3E=`), which URLSearchParams decodes to `DateSent>`. Date filters are
 * inclusive; a bare `YYYY-MM-DD` means the whole UTC day. Pages are anchored by `PageToken` (the
 * last sid served), so a message arriving between two page loads does not shift the pages.
 */
import { API_VERSION, messageJson } from './message.ts';
import type { PhoneMessage } from './message.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const FILTER_NAMES = ['To', 'From', 'DateSent', 'DateSent>', 'DateSent<'] as const;

interface Range {
  from: number;
  to: number;
}

export interface ListQuery {
  filters: Partial<Record<(typeof FILTER_NAMES)[number], string>>;
  to?: string;
  from?: string;
  sent: Range;
  pageSize: number;
  page: number;
  pageToken?: string;
}

/** A date filter value as an inclusive range of epoch ms, or undefined if it cannot be read. */
function dateRange(value: string): Range | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const start = Date.parse(`${value}T00:00:00Z`);
    return Number.isNaN(start) ? undefined : { from: start, to: start + DAY_MS - 1 };
  }
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : { from: at, to: at };
}

function integer(raw: string | null, fallback: number, min: number, max: number): number | undefined {
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  return Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}

/** The parsed query, or a message naming the first unusable parameter. */
export function parseListQuery(query: URLSearchParams): ListQuery | string {
  const filters: ListQuery['filters'] = {};
  for (const name of FILTER_NAMES) {
    const value = query.get(name);
    if (value !== null && value !== '') filters[name] = value;
  }
  const sent: Range = { from: -Infinity, to: Infinity };
  for (const [name, pick] of [['DateSent', 'both'], ['DateSent>', 'from'], ['DateSent<', 'to']] as const) {
    const value = filters[name];
    if (value === undefined) continue;
    const range = dateRange(value);
    if (!range) return `Invalid ${name} value "${value}": expected YYYY-MM-DD or an ISO-8601 date-time`;
    if (pick !== 'to') sent.from = Math.max(sent.from, range.from);
    if (pick !== 'from') sent.to = Math.min(sent.to, range.to);
  }
  const pageSize = integer(query.get('PageSize'), 50, 1, 1000);
  if (pageSize === undefined) return 'PageSize must be an integer from 1 to 1000';
  const page = integer(query.get('Page'), 0, 0, 1_000_000);
  if (page === undefined) return 'Page must be a non-negative integer';
  return { filters, to: filters.To, from: filters.From, sent, pageSize, page, pageToken: query.get('PageToken') ?? undefined };
}

const digits = (value: string) => value.replace(/\D/g, '');

function listUri(accountSid: string, query: ListQuery, page: number, pageToken?: string): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query.filters)) params.set(name, value);
  params.set('PageSize', String(query.pageSize));
  params.set('Page', String(page));
  if (pageToken) params.set('PageToken', pageToken);
  return `/${API_VERSION}/Accounts/${accountSid}/Messages.json?${params.toString()}`;
}

/** One page of Twilio's `ListMessageResponse` over `messages` (newest first). */
export function listPage(accountSid: string, messages: PhoneMessage[], query: ListQuery) {
  const matching = messages.filter(
    (m) =>
      (query.to === undefined || digits(m.to) === digits(query.to)) &&
      (query.from === undefined || digits(m.from) === digits(query.from)) &&
      m.sentMs >= query.sent.from &&
      m.sentMs <= query.sent.to,
  );
  const anchor = query.pageToken?.startsWith('PA') ? matching.findIndex((m) => m.sid === query.pageToken?.slice(2)) : -1;
  const offset = anchor >= 0 ? anchor + 1 : query.page * query.pageSize;
  const items = matching.slice(offset, offset + query.pageSize);
  const more = offset + items.length < matching.length;
  const start = query.page * query.pageSize;
  const last = items[items.length - 1];
  return {
    first_page_uri: listUri(accountSid, query, 0),
    next_page_uri: more && last ? listUri(accountSid, query, query.page + 1, `PA${last.sid}`) : null,
    previous_page_uri: query.page > 0 ? listUri(accountSid, query, query.page - 1) : null,
    uri: listUri(accountSid, query, query.page, query.pageToken),
    page: query.page,
    page_size: query.pageSize,
    start,
    end: items.length ? start + items.length - 1 : start,
    messages: items.map((m) => messageJson(m)),
  };
}
