/**
 * Who may use an app: users assigned directly (`/apps/{id}/users`) and groups
 * (`/apps/{id}/groups`), as `applicationApi` assigns them. Listing an app's users also shows the
 * members of its groups (`scope: GROUP`), as Okta does.
 */
import type { RequestContext } from '../../lib/http.ts';
import { OrgApiError, notFound } from '../store/errors.ts';
import type { AppGroupAssignment, OrgStore, User } from '../store/index.ts';
import { jsonBody, link, noContent, ok, type MgmtRoute } from './reply.ts';

function appUserView(user: User, scope: 'USER' | 'GROUP', appId: string, origin: string, times: { created: string; lastUpdated: string }) {
  return {
    id: user.id,
    externalId: null,
    created: times.created,
    lastUpdated: times.lastUpdated,
    scope,
    status: 'ACTIVE',
    statusChanged: times.created,
    passwordChanged: null,
    syncState: 'DISABLED',
    credentials: { userName: user.profile.login },
    profile: {},
    _links: { app: link(`${origin}/api/v1/apps/${appId}`), user: link(`${origin}/api/v1/users/${user.id}`) },
  };
}

function groupAssignmentView(a: AppGroupAssignment, origin: string) {
  return {
    id: a.groupId,
    lastUpdated: a.lastUpdated,
    priority: a.priority,
    profile: {},
    _links: { app: link(`${origin}/api/v1/apps/${a.appId}`), group: link(`${origin}/api/v1/groups/${a.groupId}`) },
  };
}

/** Direct assignments first, then members of assigned groups not assigned directly. */
function appUsers(store: OrgStore, ctx: RequestContext) {
  const appId = store.apps.require(ctx.params.appId!).id;
  const seen = new Set<string>();
  const views = store.apps.users(appId).map((a) => {
    seen.add(a.userId);
    return appUserView(store.users.require(a.userId), 'USER', appId, ctx.origin, a);
  });
  for (const g of store.apps.groups(appId)) {
    for (const userId of store.groups.members(g.groupId)) {
      if (seen.has(userId)) continue;
      seen.add(userId);
      const user = store.users.require(userId);
      views.push(appUserView(user, 'GROUP', appId, ctx.origin, { created: user.created, lastUpdated: g.lastUpdated }));
    }
  }
  return views;
}

export function appAssignmentRoutes(store: OrgStore): MgmtRoute[] {
  const bucket = 'apps';
  return [
    { method: 'GET', path: '/api/v1/apps/:appId/users', bucket, handler: (ctx) => ok(appUsers(store, ctx)) },
    {
      method: 'POST', path: '/api/v1/apps/:appId/users', bucket,
      handler(ctx) {
        const body = jsonBody(ctx);
        if (typeof body.id !== 'string' || !body.id) throw new OrgApiError(400, 'E0000001', 'Api validation failed: id', ['id: Give the id of the user to assign.']);
        const user = store.users.require(body.id);
        const a = store.apps.assignUser(ctx.params.appId!, user.id);
        return ok(appUserView(user, 'USER', a.appId, ctx.origin, a));
      },
    },
    {
      method: 'GET', path: '/api/v1/apps/:appId/users/:userId', bucket,
      handler(ctx) {
        const found = appUsers(store, ctx).find((u) => u.id === ctx.params.userId);
        if (!found) throw notFound(ctx.params.userId!, 'AppUser');
        return ok(found);
      },
    },
    {
      method: 'DELETE', path: '/api/v1/apps/:appId/users/:userId', bucket,
      handler: (ctx) => (store.apps.unassignUser(ctx.params.appId!, ctx.params.userId!), noContent()),
    },
    {
      method: 'GET', path: '/api/v1/apps/:appId/groups', bucket,
      handler: (ctx) => ok(store.apps.groups(ctx.params.appId!).map((a) => groupAssignmentView(a, ctx.origin))),
    },
    {
      method: 'PUT', path: '/api/v1/apps/:appId/groups/:groupId', bucket,
      handler(ctx) {
        const priority = (ctx.body as { priority?: unknown } | undefined)?.priority;
        return ok(groupAssignmentView(store.apps.assignGroup(ctx.params.appId!, ctx.params.groupId!, typeof priority === 'number' ? priority : undefined), ctx.origin));
      },
    },
    {
      method: 'GET', path: '/api/v1/apps/:appId/groups/:groupId', bucket,
      handler(ctx) {
        const found = store.apps.groups(ctx.params.appId!).find((a) => a.groupId === ctx.params.groupId);
        if (!found) throw notFound(ctx.params.groupId!, 'ApplicationGroupAssignment');
        return ok(groupAssignmentView(found, ctx.origin));
      },
    },
    {
      method: 'DELETE', path: '/api/v1/apps/:appId/groups/:groupId', bucket,
      handler: (ctx) => (store.apps.unassignGroup(ctx.params.appId!, ctx.params.groupId!), noContent()),
    },
  ];
}
