/** Authenticators and their methods (`/api/v1/authenticators[/{id}/methods[/{type}]]`). */
import type { RequestContext } from '../../lib/http.ts';
import { notFound } from '../store/errors.ts';
import type { Authenticator, OrgStore } from '../store/index.ts';
import { link, ok, type MgmtRoute } from './reply.ts';

function authenticatorView(a: Authenticator, origin: string) {
  const self = `${origin}/api/v1/authenticators/${a.id}`;
  const toggle = a.status === 'ACTIVE' ? 'deactivate' : 'activate';
  const links: Record<string, unknown> = { self: link(self), [toggle]: link(`${self}/lifecycle/${toggle}`, 'POST') };
  if (a.methods.length > 0) links.methods = link(`${self}/methods`);
  return { type: a.type, id: a.id, key: a.key, status: a.status, name: a.name, created: a.created, lastUpdated: a.lastUpdated, settings: a.settings, _links: links };
}

function methodView(a: Authenticator, method: Authenticator['methods'][number], origin: string) {
  const self = `${origin}/api/v1/authenticators/${a.id}/methods/${method.type}`;
  const toggle = method.status === 'ACTIVE' ? 'deactivate' : 'activate';
  return { type: method.type, status: method.status, _links: { self: link(self), [toggle]: link(`${self}/lifecycle/${toggle}`, 'POST') } };
}

function requireAuthenticator(store: OrgStore, ctx: RequestContext): Authenticator {
  const authenticator = store.authenticators.get(ctx.params.authenticatorId!);
  if (!authenticator) throw notFound(ctx.params.authenticatorId!, 'Authenticator');
  return authenticator;
}

export function authenticatorRoutes(store: OrgStore): MgmtRoute[] {
  const bucket = 'authenticators';
  const base = '/api/v1/authenticators';
  return [
    { method: 'GET', path: base, bucket, handler: (ctx) => ok(store.authenticators.list().map((a) => authenticatorView(a, ctx.origin))) },
    { method: 'GET', path: `${base}/:authenticatorId`, bucket, handler: (ctx) => ok(authenticatorView(requireAuthenticator(store, ctx), ctx.origin)) },
    {
      method: 'GET', path: `${base}/:authenticatorId/methods`, bucket,
      handler(ctx) {
        const a = requireAuthenticator(store, ctx);
        return ok(a.methods.map((m) => methodView(a, m, ctx.origin)));
      },
    },
    {
      method: 'GET', path: `${base}/:authenticatorId/methods/:methodType`, bucket,
      handler(ctx) {
        const a = requireAuthenticator(store, ctx);
        const method = a.methods.find((m) => m.type === ctx.params.methodType);
        if (!method) throw notFound(ctx.params.methodType!, 'AuthenticatorMethod');
        return ok(methodView(a, method, ctx.origin));
      },
    },
  ];
}
