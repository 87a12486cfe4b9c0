/**
 * The System Log: an append-only list of Okta-shaped events, kept in publication order (oldest
 * first, as Okta returns bounded queries).
 */
import { randomUUID } from 'node:crypto';
import { isoTime, randomToken } from './ids.ts';
import type { LogEvent, LogEventInput, LogQuery } from './types.ts';

export interface SystemLog {
  append(input: LogEventInput): LogEvent;
  query(query?: LogQuery): LogEvent[];
}

export function createSystemLog(now: () => number): SystemLog {
  const events: { at: number; event: LogEvent }[] = [];
  return {
    append(input) {
      const at = now();
      const event = toEvent(input, at);
      events.push({ at, event });
      return event;
    },
    query({ since = -Infinity, until = Infinity, filter, limit = Infinity } = {}) {
      const out: LogEvent[] = [];
      for (const { at, event } of events) {
        if (out.length >= limit) break;
        if (at >= since && at < until && (!filter || filter(event))) out.push(event);
      }
      return out;
    },
  };
}

const SYSTEM_ACTOR = { id: 'system', type: 'SystemPrincipal', alternateId: 'system@okta.com', displayName: 'Okta System' };

function toEvent(input: LogEventInput, at: number): LogEvent {
  const actor = input.actor ?? SYSTEM_ACTOR;
  return {
    uuid: randomUUID(),
    published: isoTime(at),
    eventType: input.eventType,
    version: '0',
    severity: input.severity ?? 'INFO',
    legacyEventType: null,
    displayMessage: input.displayMessage,
    actor: { id: actor.id, type: actor.type, alternateId: actor.alternateId, displayName: actor.displayName, detailEntry: null },
    client: {
      userAgent: { rawUserAgent: input.client?.userAgent ?? 'UNKNOWN', os: 'Unknown', browser: 'UNKNOWN' },
      zone: 'null',
      device: 'Unknown',
      id: input.client?.id ?? null,
      ipAddress: input.client?.ipAddress ?? '127.0.0.1',
      geographicalContext: null,
    },
    outcome: { result: input.outcome?.result ?? 'SUCCESS', reason: input.outcome?.reason ?? null },
    target: (input.target ?? []).map((t) => ({ detailEntry: null, ...t })),
    transaction: { type: 'WEB', id: input.transactionId ?? randomToken(24), detail: {} },
    debugContext: { debugData: { ...(input.debugData ?? {}) } },
    authenticationContext: { authenticationStep: 0, externalSessionId: null },
    securityContext: {},
    request: { ipChain: [] },
  };
}
