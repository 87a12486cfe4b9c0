/**
 * The Mailosaur-compatible REST API (the subset mailosaur-node uses for reading messages), as a
 * route table for `sandbox/lib/http.ts`. Statuses and error bodies follow Mailosaur, because the
 * client maps them to its own `MailosaurError` types (401 → authentication_error, 404 →
 * invalid_request, 400 → a message built from `errors[].field` and `errors[].detail[0]`).
 */
import type http from 'node:http';
import { sendEmpty, sendJson } from '../lib/http.ts';
import type { Handler, RequestContext, Route } from '../lib/http.ts';
import { fullOf, summaryOf } from './message.ts';
import { fieldError, parseCriteria } from './search.ts';
import type { FieldError } from './search.ts';
import type { MessageStore, Paging } from './store.ts';

export interface ApiOptions {
  store: MessageStore;
  apiKey: string;
  /** Sent as `x-ms-delay`: how long the real client waits between polls of an empty search. */
  pollDelayMs: number;
}

function sendError(res: http.ServerResponse, status: number, type: string, message: string, errors: FieldError[] = []): void {
  sendJson(res, status, { type, message, parameters: {}, model: null, errors });
}

/** Mailosaur's node client sends `key:`; its curl docs use `api:key`. Both are accepted. */
function authorized(req: http.IncomingMessage, apiKey: string): boolean {
  const header = req.headers.authorization ?? '';
  const match = /^Basic\s+(\S+)$/i.exec(header);
  if (!match) return false;
  const decoded = Buffer.from(match[1] ?? '', 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const user = colon < 0 ? decoded : decoded.slice(0, colon);
  const password = colon < 0 ? '' : decoded.slice(colon + 1);
  return user === apiKey || (user === 'api' && password === apiKey);
}

function guarded(options: ApiOptions, handler: Handler): Handler {
  return (ctx) => {
    ctx.res.setHeader('x-ms-delay', String(options.pollDelayMs));
    if (!authorized(ctx.req, options.apiKey)) {
      ctx.res.setHeader('WWW-Authenticate', 'Basic realm="Mailosaur"');
      return sendError(ctx.res, 401, 'authentication_error', 'Authentication failed, check your API key.');
    }
    return handler(ctx);
  };
}

/** Checks `?server=`; answers the error itself and returns undefined when it is unusable. */
function requireServer(ctx: RequestContext, store: MessageStore): string | undefined {
  const server = ctx.query.get('server');
  if (!server) {
    sendError(ctx.res, 400, 'invalid_request', 'Request had one or more invalid parameters.', [
      fieldError('server', 'The server parameter (inbox id) is required', 'required'),
    ]);
    return undefined;
  }
  if (server !== store.serverId) {
    sendError(ctx.res, 404, 'invalid_request', `No inbox (server) "${server}" here; this stand-in serves "${store.serverId}".`);
    return undefined;
  }
  return server;
}

function parsePaging(query: URLSearchParams): Paging | FieldError[] {
  const errors: FieldError[] = [];
  const integer = (name: string, fallback: number, min: number, max: number) => {
    const raw = query.get(name);
    if (raw === null || raw === '') return fallback;
    const value = Number(raw);
    if (Number.isInteger(value) && value >= min && value <= max) return value;
    errors.push(fieldError(name, `${name} must be an integer from ${min} to ${max}`));
    return fallback;
  };
  const page = integer('page', 0, 0, 1_000_000);
  const itemsPerPage = integer('itemsPerPage', 50, 1, 1000);
  const after = query.get('receivedAfter');
  const receivedAfter = after ? Date.parse(after) : undefined;
  if (receivedAfter !== undefined && Number.isNaN(receivedAfter)) {
    errors.push(fieldError('receivedAfter', 'receivedAfter must be an ISO-8601 date-time'));
  }
  return errors.length ? errors : { page, itemsPerPage, receivedAfter };
}

function listOrSearch(options: ApiOptions, withCriteria: boolean): Handler {
  return (ctx) => {
    if (!requireServer(ctx, options.store)) return;
    const paging = parsePaging(ctx.query);
    const criteria = withCriteria ? parseCriteria(ctx.body) : undefined;
    const errors = [...(Array.isArray(paging) ? paging : []), ...(Array.isArray(criteria) ? criteria : [])];
    if (errors.length || Array.isArray(paging) || Array.isArray(criteria)) {
      return sendError(ctx.res, 400, 'invalid_request', 'Request had one or more invalid parameters.', errors);
    }
    const items = options.store.list(paging, criteria).map(summaryOf);
    sendJson(ctx.res, 200, { items });
  };
}

function notFound(res: http.ServerResponse, id: string): void {
  sendError(res, 404, 'invalid_request', `No message with id "${id}" (it may have been deleted).`);
}

export function inboxApiRoutes(options: ApiOptions): Route[] {
  const { store } = options;
  const route = (method: Route['method'], path: string, handler: Handler): Route => ({ method, path, handler: guarded(options, handler) });
  return [
    route('POST', '/api/messages/search', listOrSearch(options, true)),
    route('GET', '/api/messages', listOrSearch(options, false)),
    route('DELETE', '/api/messages', (ctx) => {
      if (!requireServer(ctx, store)) return;
      store.clear();
      sendEmpty(ctx.res, 204);
    }),
    route('GET', '/api/messages/:id', (ctx) => {
      const message = store.get(ctx.params.id ?? '');
      if (!message) return notFound(ctx.res, ctx.params.id ?? '');
      sendJson(ctx.res, 200, fullOf(message));
    }),
    route('DELETE', '/api/messages/:id', (ctx) => {
      if (!store.delete(ctx.params.id ?? '')) return notFound(ctx.res, ctx.params.id ?? '');
      sendEmpty(ctx.res, 204);
    }),
    route('GET', '/api/servers', (ctx) => sendJson(ctx.res, 200, { items: [serverJson(store)] })),
    route('GET', '/api/servers/:id', (ctx) => {
      if (ctx.params.id !== store.serverId) {
        return sendError(ctx.res, 404, 'invalid_request', `No inbox (server) "${ctx.params.id}" here; this stand-in serves "${store.serverId}".`);
      }
      sendJson(ctx.res, 200, serverJson(store));
    }),
  ];
}

function serverJson(store: MessageStore) {
  return { id: store.serverId, name: 'Sandbox inbox', users: [], messages: store.count() };
}
