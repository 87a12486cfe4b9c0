/**
 * Cursor pagination with Okta's `Link` header. The cursor is the sort key of the last item
 * returned (opaque to clients), so deleting items between pages — which a cleanup sweep does —
 * neither skips nor repeats anything. The next link is absolute and keeps the original query.
 */
import type { RequestContext } from '../../lib/http.ts';
import { OrgApiError } from '../store/errors.ts';

export interface PageOptions<T> {
  /** Sortable key, unique per item; items must already be sorted by it. */
  keyOf: (item: T) => string;
  defaultLimit: number;
  maxLimit: number;
  /** False for queries Okta does not paginate (users `q=`). */
  paginate?: boolean;
}

export function readLimit(ctx: RequestContext, defaultLimit: number, maxLimit: number): number {
  const raw = ctx.query.get('limit');
  if (raw === null || raw === '') return defaultLimit;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1) {
    throw new OrgApiError(400, 'E0000001', 'Api validation failed: limit', [`limit: expected a positive integer, got "${raw}"`]);
  }
  return Math.min(limit, maxLimit);
}

/** Code-unit order, the same order the cursor comparison uses (localeCompare would disagree). */
export const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const encode = (key: string) => Buffer.from(key, 'utf8').toString('base64url');
const decode = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8');

export function paginate<T>(ctx: RequestContext, items: T[], options: PageOptions<T>): { page: T[]; headers: Record<string, string> } {
  const limit = readLimit(ctx, options.defaultLimit, options.maxLimit);
  const after = ctx.query.get('after');
  const start = after ? items.filter((item) => options.keyOf(item) <= decode(after)).length : 0;
  const page = items.slice(start, start + limit);
  const links = [`<${ctx.origin}${ctx.url.pathname}${ctx.url.search}>; rel="self"`];
  const more = options.paginate !== false && start + limit < items.length && page.length > 0;
  if (more) links.push(`<${pageUrl(ctx, encode(options.keyOf(page[page.length - 1]!)))}>; rel="next"`);
  return { page, headers: { Link: links.join(', ') } };
}

function pageUrl(ctx: RequestContext, after: string): string {
  const params = new URLSearchParams(ctx.query);
  params.set('after', after);
  const query = params.toString().replace(/\+/g, '%20');
  return `${ctx.origin}${ctx.url.pathname}${query ? `?${query}` : ''}`;
}
