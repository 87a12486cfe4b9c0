/**
 * Trusted origins (`/api/v1/trustedOrigins`), in the shape of Okta's API (as `trustedOriginApi`
 * sends it): `{ name, origin, scopes: [{ type: 'CORS' | 'REDIRECT' | 'IFRAME_EMBED' }] }`.
 * The org's CORS answers follow this list at once.
 */
import type { RequestContext } from '../../lib/http.ts';
import { OrgApiError } from '../store/errors.ts';
import type { OrgStore, TrustedOrigin, TrustedOriginInput, TrustedOriginScope } from '../store/index.ts';
import { ADMIN_ACTOR } from './actor.ts';
import { jsonBody, link, noContent, ok, type MgmtRoute } from './reply.ts';

const SCOPES: TrustedOriginScope[] = ['CORS', 'REDIRECT', 'IFRAME_EMBED'];

function originView(o: TrustedOrigin, origin: string) {
  const self = `${origin}/api/v1/trustedOrigins/${o.id}`;
  const lifecycle = o.status === 'ACTIVE' ? { deactivate: link(`${self}/lifecycle/deactivate`, 'POST') } : { activate: link(`${self}/lifecycle/activate`, 'POST') };
  return {
    id: o.id,
    name: o.name,
    origin: o.origin,
    scopes: o.scopes.map((type) => ({ type })),
    status: o.status,
    created: o.created,
    createdBy: ADMIN_ACTOR.id,
    lastUpdated: o.lastUpdated,
    lastUpdatedBy: ADMIN_ACTOR.id,
    _links: { self: link(self), ...lifecycle },
  };
}

/** The write body; a scope Okta does not know is refused by name. */
function readOrigin(ctx: RequestContext): TrustedOriginInput {
  const body = jsonBody(ctx);
  const scopes = Array.isArray(body.scopes) ? body.scopes.map((s) => (typeof s === 'string' ? s : (s as { type?: unknown })?.type)) : [];
  const unknown = scopes.filter((s) => !SCOPES.includes(s as TrustedOriginScope));
  if (unknown.length > 0) {
    throw new OrgApiError(400, 'E0000001', 'Api validation failed: scopes', [`scopes: Unknown scope type ${unknown.map((s) => JSON.stringify(s)).join(', ')}; use ${SCOPES.join(', ')}.`]);
  }
  return {
    name: typeof body.name === 'string' ? body.name.trim() : '',
    origin: typeof body.origin === 'string' ? body.origin.trim() : '',
    scopes: scopes as TrustedOriginScope[],
  };
}

export function trustedOriginRoutes(store: OrgStore): MgmtRoute[] {
  const bucket = 'trustedOrigins';
  const origins = store.trustedOrigins;
  return [
    {
      method: 'GET', path: '/api/v1/trustedOrigins', bucket,
      handler(ctx) {
        const q = (ctx.query.get('q') ?? '').toLowerCase();
        const list = origins.list().filter((o) => !q || o.name.toLowerCase().startsWith(q) || o.origin.startsWith(q));
        return ok(list.map((o) => originView(o, ctx.origin)));
      },
    },
    { method: 'POST', path: '/api/v1/trustedOrigins', bucket, handler: (ctx) => ok(originView(origins.create(readOrigin(ctx)), ctx.origin)) },
    { method: 'GET', path: '/api/v1/trustedOrigins/:id', bucket, handler: (ctx) => ok(originView(origins.require(ctx.params.id!), ctx.origin)) },
    {
      method: 'PUT', path: '/api/v1/trustedOrigins/:id', bucket,
      handler: (ctx) => ok(originView(origins.replace(origins.require(ctx.params.id!).id, readOrigin(ctx)), ctx.origin)),
    },
    { method: 'DELETE', path: '/api/v1/trustedOrigins/:id', bucket, handler: (ctx) => (origins.remove(ctx.params.id!), noContent()) },
    {
      method: 'POST', path: '/api/v1/trustedOrigins/:id/lifecycle/activate', bucket,
      handler: (ctx) => ok(originView(origins.setStatus(ctx.params.id!, 'ACTIVE'), ctx.origin)),
    },
    {
      method: 'POST', path: '/api/v1/trustedOrigins/:id/lifecycle/deactivate', bucket,
      handler: (ctx) => ok(originView(origins.setStatus(ctx.params.id!, 'INACTIVE'), ctx.origin)),
    },
  ];
}
