/**
 * A tiny HTTP toolkit for the sandbox's stand-in servers: a route table (method + path pattern →
 * handler), body parsing for the content types the real clients send, credentialed CORS (for every
 * origin, or only those a policy allows, as Okta's trusted origins), and a
 * loud answer for any request no route expects (so a client calling something we never emulated
 * fails with a clear message instead of a silent 404).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer, listen, type PortOrListener } from './ports.ts';
import type { RunningService } from './service.ts';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

export interface RequestContext {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  method: string;
  url: URL;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed body: JSON (incl. `application/ion+json`), form-urlencoded, or the raw text. */
  body: unknown;
  rawBody: string;
  /** The public origin of this server, e.g. `http://127.0.0.1:24100`. */
  origin: string;
}

export type Handler = (ctx: RequestContext) => unknown | Promise<unknown>;

export interface Route {
  method: Method;
  /** Express-style pattern: `/api/v1/users/:userId/factors`. A trailing `*` matches the rest. */
  path: string;
  handler: Handler;
}

export interface ServerOptions {
  name: string;
  routes: Route[];
  /**
   * Answer CORS preflights on every path and echo the exact Origin with credentials: for any
   * origin (`true`), or only for origins the function allows; others get no CORS headers and a
   * refused preflight, so a browser blocks the call as it would against a real org.
   */
  cors?: boolean | ((origin: string) => boolean);
  /** Extra headers on every response (e.g. rate-limit headers are added by handlers instead). */
  onRequest?: (ctx: RequestContext) => void;
}

interface CompiledRoute extends Route {
  regex: RegExp;
  keys: string[];
}

function compile(route: Route): CompiledRoute {
  const keys: string[] = [];
  const pattern = route.path
    .split('/')
    .map((part) => {
      if (part === '*') {
        keys.push('rest');
        return '(.*)';
      }
      if (part.startsWith(':')) {
        keys.push(part.slice(1));
        return '([^/]+)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { ...route, keys, regex: new RegExp(`^${pattern}/?$`) };
}

function matchRoute(routes: CompiledRoute[], method: string, pathname: string) {
  let pathKnown = false;
  for (const route of routes) {
    const m = route.regex.exec(pathname);
    if (!m) continue;
    pathKnown = true;
    if (route.method !== method) continue;
    const params: Record<string, string> = {};
    route.keys.forEach((key, i) => (params[key] = decodeURIComponent(m[i + 1] ?? '')));
    return { route, params, pathKnown };
  }
  return { route: undefined, params: {}, pathKnown };
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(contentType: string, raw: string): unknown {
  if (!raw) return undefined;
  const type = contentType.toLowerCase();
  if (type.includes('json')) {
    try {
      return JSON.parse(raw);
    } catch {
      return raw;
    }
  }
  if (type.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(raw));
  }
  return raw;
}

export function applyCors(req: http.IncomingMessage, res: http.ServerResponse): void {
  const origin = req.headers.origin;
  if (!origin) return;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Vary', 'Origin');
  res.setHeader('Access-Control-Expose-Headers', 'Link, X-Rate-Limit-Limit, X-Rate-Limit-Remaining, X-Rate-Limit-Reset');
}

/** `true` when the request may read the response cross-origin (no Origin header: not a CORS request). */
function corsAllowed(options: ServerOptions, req: http.IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin || !options.cors) return false;
  return options.cors === true || options.cors(origin);
}

const refusedOrigins = new Set<string>();

function refusePreflight(options: ServerOptions, req: http.IncomingMessage, res: http.ServerResponse): void {
  const origin = String(req.headers.origin ?? '');
  if (!refusedOrigins.has(`${options.name} ${origin}`)) {
    refusedOrigins.add(`${options.name} ${origin}`);
    process.stderr.write(`[${options.name}] refused CORS for ${origin}: not a trusted origin with the CORS scope (add it with POST /api/v1/trustedOrigins or in the org config).\n`);
  }
  sendJson(res, 403, {
    errorCode: 'E0000006',
    errorSummary: `You do not have permission to perform the requested action: the origin ${origin} is not a trusted origin with the CORS scope.`,
    errorCauses: [],
  });
}

function answerPreflight(req: http.IncomingMessage, res: http.ServerResponse): void {
  applyCors(req, res);
  res.setHeader('Access-Control-Allow-Methods', 'GET,POST,PUT,DELETE,PATCH,OPTIONS');
  const requested = req.headers['access-control-request-headers'];
  res.setHeader(
    'Access-Control-Allow-Headers',
    requested ?? 'content-type,accept,authorization,accept-language,x-okta-user-agent-extended,x-device-fingerprint,dpop',
  );
  res.setHeader('Access-Control-Max-Age', '600');
  res.writeHead(204).end();
}

// ---- response helpers -------------------------------------------------------------------------

export function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  contentType = 'application/json; charset=utf-8',
): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(payload), ...headers });
  res.end(payload);
}

export function sendHtml(res: http.ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(html), ...headers });
  res.end(html);
}

export function sendText(res: http.ServerResponse, status: number, text: string, contentType = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

export function redirect(res: http.ServerResponse, location: string, status = 302, headers: Record<string, string> = {}): void {
  res.writeHead(status, { Location: location, ...headers }).end();
}

export function sendEmpty(res: http.ServerResponse, status = 204, headers: Record<string, string> = {}): void {
  res.writeHead(status, headers).end();
}

/** Minimal HTML escaping for server-rendered pages. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// ---- the server --------------------------------------------------------------------------------

export function createRequestListener(options: ServerOptions, getOrigin: () => string): http.RequestListener {
  const routes = options.routes.map(compile);
  return async (req, res) => {
    const method = (req.method ?? 'GET').toUpperCase();
    try {
      const allowed = corsAllowed(options, req);
      if (allowed) applyCors(req, res);
      if (method === 'OPTIONS' && options.cors) return allowed || !req.headers.origin ? answerPreflight(req, res) : refusePreflight(options, req, res);
      const origin = getOrigin();
      const url = new URL(req.url ?? '/', origin);
      const { route, params, pathKnown } = matchRoute(routes, method, url.pathname);
      if (!route) return unknownRoute(options, res, method, url, pathKnown);
      const rawBody = method === 'GET' || method === 'HEAD' ? '' : await readBody(req);
      const ctx: RequestContext = {
        req,
        res,
        method,
        url,
        params,
        query: url.searchParams,
        rawBody,
        body: parseBody(String(req.headers['content-type'] ?? ''), rawBody),
        origin,
      };
      options.onRequest?.(ctx);
      await route.handler(ctx);
      if (!res.writableEnded) {
        throw new Error(`handler for ${method} ${route.path} returned without answering`);
      }
    } catch (error) {
      process.stderr.write(`[${options.name}] ${method} ${req.url}: ${(error as Error).stack ?? error}\n`);
      if (!res.headersSent) {
        sendJson(res, 500, {
          errorCode: 'E0000009',
          errorSummary: `Internal Server Error in the ${options.name} stand-in: ${(error as Error).message}`,
          errorCauses: [],
        });
      } else if (!res.writableEnded) {
        res.end();
      }
    }
  };
}

function unknownRoute(options: ServerOptions, res: http.ServerResponse, method: string, url: URL, pathKnown: boolean) {
  const status = pathKnown ? 405 : 404;
  const what = pathKnown ? 'does not support this method on' : 'has no route for';
  process.stderr.write(`[${options.name}] unexpected request: ${method} ${url.pathname}\n`);
  sendJson(res, status, {
    errorCode: pathKnown ? 'E0000022' : 'E0000007',
    errorSummary: `The ${options.name} stand-in ${what} ${method} ${url.pathname}. ` +
      'If a real client sent this, the emulator is missing a route: add it to the route table.',
    errorCauses: [],
  });
}

/** Start an HTTP server for `options` on `host:port` (port 0 picks a free one; a bound listener is taken over). */
export async function startHttpServer(options: ServerOptions, port: PortOrListener, host = '127.0.0.1'): Promise<RunningService & { server: http.Server }> {
  let origin = `http://${host}:${typeof port === 'number' ? port : (port.address() as AddressInfo).port}`;
  const server = http.createServer(createRequestListener(options, () => origin));
  await listen(server, port, host);
  origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  return { url: origin, server, close: () => closeServer(server) };
}
