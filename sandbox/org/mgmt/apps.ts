/**
 * OIDC apps as Okta serves them (`signOnMode: OPENID_CONNECT`): list, read, create, replace,
 * activate, deactivate, delete and access-policy assignment. `_links.accessPolicy` points at the
 * app's access policy; confidential apps carry their `client_secret`, as Okta returns it.
 */
import { OrgApiError, notFound } from '../store/errors.ts';
import type { App, OrgStore } from '../store/index.ts';
import { readAppBody } from './app-body.ts';
import { flag, jsonBody, link, noContent, ok, type MgmtRoute } from './reply.ts';

export function appView(store: OrgStore, app: App, origin: string) {
  const self = `${origin}/api/v1/apps/${app.id}`;
  const policy = store.policies.byName('ACCESS_POLICY', app.accessPolicyName);
  const lifecycle = app.status === 'ACTIVE' ? { deactivate: link(`${self}/lifecycle/deactivate`, 'POST') } : { activate: link(`${self}/lifecycle/activate`, 'POST') };
  return {
    id: app.id,
    name: 'oidc_client',
    label: app.label,
    status: app.status,
    created: app.created,
    lastUpdated: app.lastUpdated,
    accessibility: { selfService: false, errorRedirectUrl: null, loginRedirectUrl: null },
    visibility: { autoSubmitToolbar: false, hide: { iOS: true, web: true }, appLinks: { oidc_client_link: true } },
    features: [],
    signOnMode: 'OPENID_CONNECT',
    credentials: {
      userNameTemplate: { template: '${source.login}', type: 'BUILT_IN' },
      signing: { kid: null },
      oauthClient: {
        autoKeyRotation: true,
        client_id: app.clientId,
        ...(app.clientSecret ? { client_secret: app.clientSecret } : {}),
        token_endpoint_auth_method: app.tokenEndpointAuthMethod,
        pkce_required: app.pkceRequired,
      },
    },
    settings: {
      app: {},
      notifications: { vpn: { network: { connection: 'DISABLED' }, message: null, helpUrl: null } },
      manualProvisioning: false,
      implicitAssignment: app.implicitAssignment,
      notes: { admin: null, enduser: null },
      oauthClient: structuredClone(app.oauthClient),
    },
    _links: {
      self: link(self),
      accessPolicy: link(`${origin}/api/v1/policies/${policy?.id ?? 'missing'}`),
      users: link(`${self}/users`),
      groups: link(`${self}/groups`),
      ...lifecycle,
    },
  };
}

export function appRoutes(store: OrgStore): MgmtRoute[] {
  const bucket = 'apps';
  const view = (app: App, origin: string) => ok(appView(store, app, origin));
  return [
    {
      method: 'GET', path: '/api/v1/apps', bucket,
      handler(ctx) {
        const q = (ctx.query.get('q') ?? '').toLowerCase();
        const apps = store.apps.list().filter((a) => !q || a.label.toLowerCase().startsWith(q) || 'oidc_client'.startsWith(q));
        return ok(apps.map((a) => appView(store, a, ctx.origin)));
      },
    },
    {
      method: 'POST', path: '/api/v1/apps', bucket,
      handler: (ctx) => view(store.apps.create(readAppBody(jsonBody(ctx)), flag(ctx.query, 'activate', true)), ctx.origin),
    },
    { method: 'GET', path: '/api/v1/apps/:appId', bucket, handler: (ctx) => view(store.apps.require(ctx.params.appId!), ctx.origin) },
    {
      method: 'PUT', path: '/api/v1/apps/:appId', bucket,
      handler: (ctx) => view(store.apps.replace(store.apps.require(ctx.params.appId!).id, readAppBody(jsonBody(ctx))), ctx.origin),
    },
    { method: 'DELETE', path: '/api/v1/apps/:appId', bucket, handler: (ctx) => (store.apps.remove(ctx.params.appId!), noContent()) },
    {
      method: 'POST', path: '/api/v1/apps/:appId/lifecycle/activate', bucket,
      handler: (ctx) => (store.apps.setStatus(ctx.params.appId!, 'ACTIVE'), ok({})),
    },
    {
      method: 'POST', path: '/api/v1/apps/:appId/lifecycle/deactivate', bucket,
      handler: (ctx) => (store.apps.setStatus(ctx.params.appId!, 'INACTIVE'), ok({})),
    },
    {
      method: 'PUT', path: '/api/v1/apps/:appId/policies/:policyId', bucket,
      handler(ctx) {
        store.apps.require(ctx.params.appId!);
        const policy = store.policies.get(ctx.params.policyId!);
        if (!policy) throw notFound(ctx.params.policyId!, 'Policy');
        if (policy.type !== 'ACCESS_POLICY') {
          throw new OrgApiError(400, 'E0000001', 'Api validation failed: policyId', [`policyId: ${policy.id} is a ${policy.type} policy; an app takes an ACCESS_POLICY.`]);
        }
        store.apps.assignPolicy(ctx.params.appId!, policy.name);
        return noContent();
      },
    },
  ];
}
