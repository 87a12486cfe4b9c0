/**
 * The System Log API (`GET /api/v1/logs`): time window (`since` inclusive, `until` exclusive,
 * default the last 7 days), SCIM `filter` (e.g. `target.id eq "00u…"`, `eventType eq "…"`), `q`
 * keywords, `limit`, oldest first; `sortOrder=DESCENDING` gives the newest first without paging.
 */
import type { RequestContext } from '../../lib/http.ts';
import { OrgApiError } from '../store/errors.ts';
import type { LogEvent, OrgStore } from '../store/index.ts';
import { compileFilter } from '../store/search.ts';
import { paginate, readLimit } from './pagination.ts';
import { ok, type MgmtRoute } from './reply.ts';

const WEEK_MS = 7 * 24 * 3600 * 1000;

function readTime(ctx: RequestContext, name: string): number | undefined {
  const raw = ctx.query.get(name);
  if (raw === null || raw === '') return undefined;
  const ms = Date.parse(raw);
  if (Number.isNaN(ms)) throw new OrgApiError(400, 'E0000001', `Api validation failed: ${name}`, [`${name}: expected an ISO 8601 timestamp, got "${raw}"`]);
  return ms;
}

function keywordMatcher(q: string | null): (event: LogEvent) => boolean {
  const words = (q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return () => true;
  return (event) => {
    const haystack = [
      event.eventType,
      event.displayMessage,
      event.outcome.result,
      event.actor.id,
      event.actor.alternateId,
      event.actor.displayName,
      ...event.target.flatMap((t) => [t.id, t.alternateId, t.displayName]),
    ]
      .filter(Boolean)
      .join(' ')
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  };
}

export function logRoutes(store: OrgStore): MgmtRoute[] {
  return [
    {
      method: 'GET', path: '/api/v1/logs', bucket: 'logs',
      handler(ctx) {
        const now = store.clock.now();
        const since = readTime(ctx, 'since') ?? now - WEEK_MS;
        const until = readTime(ctx, 'until');
        const filterText = ctx.query.get('filter');
        const filter = filterText ? compileFilter(filterText) : () => true;
        const keywords = keywordMatcher(ctx.query.get('q'));
        const position = new Map(store.log.query().map((event, i) => [event.uuid, i]));
        const events = store.log.query({ since, until, filter: (e) => filter(e) && keywords(e) });
        if ((ctx.query.get('sortOrder') ?? '').toUpperCase() === 'DESCENDING') {
          return ok(events.reverse().slice(0, readLimit(ctx, 100, 1000)));
        }
        const keyOf = (e: LogEvent) => String(position.get(e.uuid)).padStart(12, '0');
        const { page, headers } = paginate(ctx, events, { keyOf, defaultLimit: 100, maxLimit: 1000 });
        return ok(page, headers);
      },
    },
  ];
}
