/**
 * The Twilio Messages API subset the sandbox needs, as a route table. Errors use Twilio's body
 * (`code`, `message`, `more_info`, `status`), which twilio-node turns into a RestException.
 */
import type http from 'node:http';
import { sendEmpty, sendJson } from '../lib/http.ts';
import type { Handler, RequestContext, Route } from '../lib/http.ts';
import { RECEIVED_AT_HEADER } from '../faults/delivery.ts';
import type { DeliveryFilters, FilterRule } from './filters.ts';
import { validateRules } from './filters.ts';
import { listPage, parseListQuery } from './listing.ts';
import { API_VERSION, messageJson } from './message.ts';
import type { PhoneMessage } from './message.ts';
import type { PhoneStore } from './store.ts';

export interface PhoneRouteOptions {
  accountSid: string;
  authToken: string;
  /** API keys of the account: Basic auth with a key SID and its secret works like the token. */
  apiKeys?: ApiKey[];
  store: PhoneStore;
  filters: DeliveryFilters;
  onMessage?: (message: PhoneMessage) => void;
}

const E164 = /^\+[1-9]\d{6,14}$/;

export function sendTwilioError(res: http.ServerResponse, status: number, code: number, message: string): void {
  sendJson(res, status, { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });
}

export interface ApiKey {
  sid: string;
  secret: string;
}

function authorized(req: http.IncomingMessage, options: PhoneRouteOptions): boolean {
  const match = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!match) return false;
  const given = Buffer.from(match[1] ?? '', 'base64').toString('utf8');
  const accepted = [`${options.accountSid}:${options.authToken}`, ...(options.apiKeys ?? []).map((k) => `${k.sid}:${k.secret}`)];
  return accepted.includes(given);
}

function guarded(options: PhoneRouteOptions, handler: Handler): Handler {
  return (ctx) => {
    if (!authorized(ctx.req, options)) {
      ctx.res.setHeader('WWW-Authenticate', 'Basic realm="Twilio API"');
      return sendTwilioError(ctx.res, 401, 20003, 'Authenticate');
    }
    if (ctx.params.accountSid !== undefined && ctx.params.accountSid !== options.accountSid) {
      return sendTwilioError(ctx.res, 404, 20404, `The requested resource ${ctx.url.pathname} was not found`);
    }
    return handler(ctx);
  };
}

/** The time a stale-message fault dates an SMS back to (sandbox/faults/delivery.ts), if any. */
function backdatedTo(req: http.IncomingMessage): number | undefined {
  const value = req.headers[RECEIVED_AT_HEADER];
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isFinite(ms) ? ms : undefined;
}

function formField(ctx: RequestContext, name: string): string {
  const body = (ctx.body && typeof ctx.body === 'object' ? ctx.body : {}) as Record<string, unknown>;
  return typeof body[name] === 'string' ? (body[name] as string) : '';
}

function createMessage(options: PhoneRouteOptions): Handler {
  return (ctx) => {
    const [to, from, body] = ['To', 'From', 'Body'].map((name) => formField(ctx, name).trim()) as [string, string, string];
    if (!to) return sendTwilioError(ctx.res, 400, 21604, "A 'To' phone number is required.");
    if (!E164.test(to)) return sendTwilioError(ctx.res, 400, 21211, `Invalid 'To' Phone Number: ${to}`);
    if (!from) return sendTwilioError(ctx.res, 400, 21603, "A 'From' phone number is required.");
    if (!body) return sendTwilioError(ctx.res, 400, 21602, 'Message body is required.');
    const { message, delivered } = options.store.send(from, to, body, backdatedTo(ctx.req));
    if (delivered) notify(options, message);
    // The sender's answer echoes the body it sent even when the handset never gets it.
    sendJson(ctx.res, 201, messageJson({ ...message, body }, true));
  };
}

/** A listener's failure (e.g. forwarding to the inbox) is logged; the sender still gets its 201, as from Twilio. */
function notify(options: PhoneRouteOptions, message: PhoneMessage): void {
  try {
    options.onMessage?.(message);
  } catch (error) {
    process.stderr.write(`[phone] onMessage failed for ${message.sid}: ${(error as Error).message}\n`);
  }
}

function messageSid(ctx: RequestContext): string {
  return (ctx.params.messageFile ?? '').replace(/\.json$/, '');
}

function filterRoutes(options: PhoneRouteOptions): Route[] {
  return [
    { method: 'GET', path: '/sandbox/filters', handler: guarded(options, (ctx) => sendJson(ctx.res, 200, { filters: options.filters.list() })) },
    {
      method: 'PUT',
      path: '/sandbox/filters',
      handler: guarded(options, (ctx) => {
        const rules = (ctx.body as { filters?: unknown } | undefined)?.filters;
        const problems = validateRules(rules);
        if (problems.length) return sendTwilioError(ctx.res, 400, 20001, problems.join('; '));
        options.filters.set(rules as FilterRule[]);
        sendJson(ctx.res, 200, { filters: options.filters.list() });
      }),
    },
  ];
}

export function phoneRoutes(options: PhoneRouteOptions): Route[] {
  const base = `/${API_VERSION}/Accounts/:accountSid`;
  const route = (method: Route['method'], path: string, handler: Handler): Route => ({ method, path, handler: guarded(options, handler) });
  return [
    route('POST', `${base}/Messages.json`, createMessage(options)),
    route('GET', `${base}/Messages.json`, (ctx) => {
      const query = parseListQuery(ctx.query);
      if (typeof query === 'string') return sendTwilioError(ctx.res, 400, 20001, query);
      sendJson(ctx.res, 200, listPage(options.accountSid, options.store.all(), query));
    }),
    route('GET', `${base}/Messages/:messageFile`, (ctx) => {
      const message = options.store.get(messageSid(ctx));
      if (!message) return sendTwilioError(ctx.res, 404, 20404, `The requested resource ${ctx.url.pathname} was not found`);
      sendJson(ctx.res, 200, messageJson(message));
    }),
    route('DELETE', `${base}/Messages/:messageFile`, (ctx) => {
      if (!options.store.delete(messageSid(ctx))) {
        return sendTwilioError(ctx.res, 404, 20404, `The requested resource ${ctx.url.pathname} was not found`);
      }
      sendEmpty(ctx.res, 204);
    }),
    ...filterRoutes(options),
  ];
}
