/** Groups: create, list (with `q` name prefix), read, delete, and membership. */
import { notFound } from '../store/errors.ts';
import type { OrgStore } from '../store/index.ts';
import { EVENT_TYPES, logUserEvent } from '../store/log-events.ts';
import type { Group } from '../store/types.ts';
import { ADMIN_ACTOR } from './actor.ts';
import { compareKeys, paginate } from './pagination.ts';
import { jsonBody, link, noContent, ok, type MgmtRoute } from './reply.ts';
import { userView } from './users.ts';

export function groupView(group: Group, origin: string) {
  const self = `${origin}/api/v1/groups/${group.id}`;
  return {
    id: group.id,
    created: group.created,
    lastUpdated: group.lastUpdated,
    lastMembershipUpdated: group.lastMembershipUpdated,
    objectClass: ['okta:user_group'],
    type: group.type,
    profile: group.profile,
    _links: { self: link(self), users: link(`${self}/users`), apps: link(`${self}/apps`), logo: [] },
  };
}

export function groupRoutes(store: OrgStore): MgmtRoute[] {
  const bucket = 'groups';
  const keyOf = (g: Group) => `${g.created}|${g.id}`;
  return [
    {
      method: 'GET', path: '/api/v1/groups', bucket,
      handler(ctx) {
        const q = (ctx.query.get('q') ?? '').toLowerCase();
        const groups = store.groups.list().filter((g) => g.profile.name.toLowerCase().startsWith(q)).sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
        const { page, headers } = paginate(ctx, groups, { keyOf, defaultLimit: 10000, maxLimit: 10000 });
        return ok(page.map((g) => groupView(g, ctx.origin)), headers);
      },
    },
    {
      method: 'POST', path: '/api/v1/groups', bucket,
      handler(ctx) {
        const profile = (jsonBody(ctx).profile ?? {}) as { name?: string; description?: string };
        return ok(groupView(store.groups.create({ name: String(profile.name ?? ''), description: profile.description }), ctx.origin));
      },
    },
    {
      method: 'GET', path: '/api/v1/groups/:groupId', bucket,
      handler(ctx) {
        const group = store.groups.get(ctx.params.groupId!);
        if (!group) throw notFound(ctx.params.groupId!, 'UserGroup');
        return ok(groupView(group, ctx.origin));
      },
    },
    { method: 'DELETE', path: '/api/v1/groups/:groupId', bucket, handler: (ctx) => (store.groups.remove(ctx.params.groupId!), noContent()) },
    {
      method: 'GET', path: '/api/v1/groups/:groupId/users', bucket,
      handler: (ctx) => ok(store.groups.members(ctx.params.groupId!).map((id) => userView(store, store.users.require(id), ctx.origin))),
    },
    {
      method: 'PUT', path: '/api/v1/groups/:groupId/users/:userId', bucket,
      handler(ctx) {
        const user = store.users.require(ctx.params.userId!);
        store.groups.addUser(ctx.params.groupId!, user.id);
        logUserEvent(store, { user, eventType: EVENT_TYPES.groupMembershipAdd, displayMessage: 'Add user to group membership', actor: ADMIN_ACTOR });
        return noContent();
      },
    },
    {
      method: 'DELETE', path: '/api/v1/groups/:groupId/users/:userId', bucket,
      handler(ctx) {
        store.groups.removeUser(ctx.params.groupId!, store.users.require(ctx.params.userId!).id);
        return noContent();
      },
    },
    {
      method: 'GET', path: '/api/v1/users/:userId/groups', bucket,
      handler: (ctx) => ok(store.groups.ofUser(store.users.require(ctx.params.userId!).id).map((g) => groupView(g, ctx.origin))),
    },
  ];
}
