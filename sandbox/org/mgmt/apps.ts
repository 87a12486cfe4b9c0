/**
 * OIDC apps as Okta serves them (`signOnMode: OPENID_CONNECT`), with the redirect URIs and grant
 * types a preflight checks, and `_links.accessPolicy` pointing at the app's access policy.
 */
import { notFound } from '../store/errors.ts';
import type { App, OrgStore } from '../store/index.ts';
import { link, ok, type MgmtRoute } from './reply.ts';

export function appView(store: OrgStore, app: App, origin: string) {
  const self = `${origin}/api/v1/apps/${app.id}`;
  const policy = store.policies.byName('ACCESS_POLICY', app.accessPolicyName);
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
      oauthClient: { autoKeyRotation: true, client_id: app.clientId, token_endpoint_auth_method: app.tokenEndpointAuthMethod, pkce_required: app.pkceRequired },
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
      deactivate: link(`${self}/lifecycle/deactivate`, 'POST'),
    },
  };
}

export function appRoutes(store: OrgStore): MgmtRoute[] {
  const bucket = 'apps';
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
      method: 'GET', path: '/api/v1/apps/:appId', bucket,
      handler(ctx) {
        const app = store.apps.get(ctx.params.appId!);
        if (!app) throw notFound(ctx.params.appId!, 'AppInstance');
        return ok(appView(store, app, ctx.origin));
      },
    },
  ];
}
