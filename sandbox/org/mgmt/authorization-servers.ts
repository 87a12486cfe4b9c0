/**
 * Custom authorization servers (`default`), their policies and rules. The rule's
 * `conditions.grantTypes.include` is where a preflight sees that `interaction_code` is allowed.
 * The org authorization server is not listed here, as in Okta.
 */
import type { RequestContext } from '../../lib/http.ts';
import { notFound } from '../store/errors.ts';
import type { AuthorizationServer, AuthServerPolicy, AuthServerRule, OrgStore } from '../store/index.ts';
import { link, ok, type MgmtRoute } from './reply.ts';

function serverView(server: AuthorizationServer, origin: string) {
  const self = `${origin}/api/v1/authorizationServers/${server.id}`;
  return {
    id: server.id,
    name: server.name,
    description: server.description,
    audiences: server.audiences,
    issuer: `${origin}/oauth2/${server.id}`,
    issuerMode: server.issuerMode,
    status: server.status,
    created: server.created,
    lastUpdated: server.lastUpdated,
    credentials: { signing: { rotationMode: 'AUTO', use: 'sig' } },
    _links: {
      self: link(self),
      scopes: link(`${self}/scopes`),
      claims: link(`${self}/claims`),
      policies: link(`${self}/policies`),
      metadata: [link(`${origin}/oauth2/${server.id}/.well-known/openid-configuration`)],
      deactivate: link(`${self}/lifecycle/deactivate`, 'POST'),
    },
  };
}

function policyView(server: AuthorizationServer, policy: AuthServerPolicy, origin: string) {
  const self = `${origin}/api/v1/authorizationServers/${server.id}/policies/${policy.id}`;
  const { rules: _rules, ...fields } = policy;
  return { ...fields, _links: { self: link(self), rules: link(`${self}/rules`), deactivate: link(`${self}/lifecycle/deactivate`, 'POST') } };
}

function ruleView(server: AuthorizationServer, policy: AuthServerPolicy, rule: AuthServerRule, origin: string) {
  const self = `${origin}/api/v1/authorizationServers/${server.id}/policies/${policy.id}/rules/${rule.id}`;
  return { ...rule, _links: { self: link(self), deactivate: link(`${self}/lifecycle/deactivate`, 'POST') } };
}

function requireServer(store: OrgStore, ctx: RequestContext): AuthorizationServer {
  const server = store.authorizationServers.get(ctx.params.authServerId!);
  if (!server) throw notFound(ctx.params.authServerId!, 'AuthorizationServer');
  return server;
}

function requirePolicy(server: AuthorizationServer, ctx: RequestContext): AuthServerPolicy {
  const policy = server.policies.find((p) => p.id === ctx.params.policyId);
  if (!policy) throw notFound(ctx.params.policyId!, 'Policy');
  return policy;
}

export function authorizationServerRoutes(store: OrgStore): MgmtRoute[] {
  const bucket = 'authorizationServers';
  const base = '/api/v1/authorizationServers';
  return [
    { method: 'GET', path: base, bucket, handler: (ctx) => ok(store.authorizationServers.list().map((s) => serverView(s, ctx.origin))) },
    { method: 'GET', path: `${base}/:authServerId`, bucket, handler: (ctx) => ok(serverView(requireServer(store, ctx), ctx.origin)) },
    {
      method: 'GET', path: `${base}/:authServerId/scopes`, bucket,
      handler(ctx) {
        const server = requireServer(store, ctx);
        return ok(server.scopes.map((name) => ({ id: `scp${name}`, name, system: true, default: false, metadataPublish: 'ALL_CLIENTS', consent: 'IMPLICIT' })));
      },
    },
    {
      method: 'GET', path: `${base}/:authServerId/policies`, bucket,
      handler(ctx) {
        const server = requireServer(store, ctx);
        return ok(server.policies.map((p) => policyView(server, p, ctx.origin)));
      },
    },
    {
      method: 'GET', path: `${base}/:authServerId/policies/:policyId`, bucket,
      handler(ctx) {
        const server = requireServer(store, ctx);
        return ok(policyView(server, requirePolicy(server, ctx), ctx.origin));
      },
    },
    {
      method: 'GET', path: `${base}/:authServerId/policies/:policyId/rules`, bucket,
      handler(ctx) {
        const server = requireServer(store, ctx);
        const policy = requirePolicy(server, ctx);
        return ok(policy.rules.map((r) => ruleView(server, policy, r, ctx.origin)));
      },
    },
    {
      method: 'GET', path: `${base}/:authServerId/policies/:policyId/rules/:ruleId`, bucket,
      handler(ctx) {
        const server = requireServer(store, ctx);
        const policy = requirePolicy(server, ctx);
        const rule = policy.rules.find((r) => r.id === ctx.params.ruleId);
        if (!rule) throw notFound(ctx.params.ruleId!, 'PolicyRule');
        return ok(ruleView(server, policy, rule, ctx.origin));
      },
    },
  ];
}
