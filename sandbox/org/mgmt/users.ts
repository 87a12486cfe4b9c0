/**
 * Users: create, read (by id, login or short name), list with `search` / `filter` / `q` and cursor
 * pagination, update, and Okta's two-step delete (the first DELETE deactivates, the second removes).
 */
import type { RequestContext } from '../../lib/http.ts';
import { OrgApiError } from '../store/errors.ts';
import type { OrgStore } from '../store/index.ts';
import { EVENT_TYPES, logUserEvent } from '../store/log-events.ts';
import { compileFilter, type Operator } from '../store/search.ts';
import type { CreateUserInput, User, UserProfile } from '../store/types.ts';
import { compareKeys, paginate } from './pagination.ts';
import { flag, jsonBody, link, noContent, ok, type MgmtRoute } from './reply.ts';
import { ADMIN_ACTOR } from './actor.ts';

const FILTER_ATTRIBUTES = new Set(['status', 'lastUpdated', 'id', 'profile.login', 'profile.email', 'profile.firstName', 'profile.lastName']);
const FILTER_OPERATORS: Operator[] = ['eq', 'gt', 'ge', 'lt', 'le'];
const SEARCH_OPERATORS: Operator[] = ['eq', 'sw', 'co', 'gt', 'ge', 'lt', 'le', 'pr'];

export function userView(store: OrgStore, user: User, origin: string) {
  const self = `${origin}/api/v1/users/${user.id}`;
  const lifecycle = (action: string) => link(`${self}/lifecycle/${action}`, 'POST');
  const links: Record<string, unknown> = { self: link(self) };
  if (user.status === 'DEPROVISIONED' || user.status === 'STAGED' || user.status === 'PROVISIONED') links.activate = lifecycle('activate');
  if (user.status !== 'DEPROVISIONED') {
    links.deactivate = lifecycle('deactivate');
    links.resetPassword = lifecycle('reset_password');
    links.expirePassword = lifecycle('expire_password');
  }
  if (user.status === 'ACTIVE') links.suspend = lifecycle('suspend');
  if (user.status === 'SUSPENDED') links.unsuspend = lifecycle('unsuspend');
  return {
    id: user.id,
    status: user.status,
    created: user.created,
    activated: user.activated,
    statusChanged: user.statusChanged,
    lastLogin: user.lastLogin,
    lastUpdated: user.lastUpdated,
    passwordChanged: user.passwordChanged,
    type: { id: 'oty1sandboxdefault00' },
    profile: user.profile,
    credentials: {
      ...(store.users.hasPassword(user.id) ? { password: {} } : {}),
      emails: [{ value: user.profile.email, status: 'VERIFIED', type: 'PRIMARY' }],
      provider: { type: 'OKTA', name: 'OKTA' },
    },
    _links: links,
  };
}

function createInput(ctx: RequestContext): CreateUserInput {
  const body = jsonBody(ctx);
  const credentials = (body.credentials ?? {}) as { password?: { value?: unknown } };
  const password = credentials.password?.value;
  if (password !== undefined && typeof password !== 'string') throw new OrgApiError(400, 'E0000001', 'Api validation failed: password', ['password: must be a string']);
  const nextLogin = ctx.query.get('nextLogin');
  return {
    profile: body.profile as UserProfile,
    password,
    activate: flag(ctx.query, 'activate', true),
    nextLogin: nextLogin === 'changePassword' ? 'changePassword' : undefined,
    groupIds: Array.isArray(body.groupIds) ? (body.groupIds as string[]) : undefined,
  };
}

/**
 * Creation order as a cursor key. The store lists users oldest first, so numbering them the first
 * time they are seen keeps the order stable even when many share a millisecond (a manual clock)
 * and when earlier users are deleted between pages.
 */
function creationOrder(store: OrgStore) {
  const numbers = new Map<string, number>();
  return {
    refresh: () => {
      for (const u of store.users.list()) if (!numbers.has(u.id)) numbers.set(u.id, numbers.size);
    },
    keyOf: (user: User) => String(numbers.get(user.id)).padStart(10, '0'),
  };
}

/** The users matching the query, in the stable order the cursor relies on. */
function matching(store: OrgStore, ctx: RequestContext, sortKey: (user: User) => string): { users: User[]; paginate: boolean; defaultLimit: number } {
  const sorted = [...store.users.list()].sort((a, b) => compareKeys(sortKey(a), sortKey(b)));
  const search = ctx.query.get('search');
  const filter = ctx.query.get('filter');
  const q = ctx.query.get('q');
  if (search) {
    const test = compileFilter(search, SEARCH_OPERATORS);
    return { users: sorted.filter(test), paginate: true, defaultLimit: 200 };
  }
  if (filter) {
    const test = compileFilter(filter, FILTER_OPERATORS, (subject, attribute) => {
      if (!FILTER_ATTRIBUTES.has(attribute)) {
        throw new OrgApiError(400, 'E0000031', 'Invalid search criteria.', [`filter does not support "${attribute}"; use search= for other attributes.`]);
      }
      const value = attribute.split('.').reduce<unknown>((v, part) => (v as Record<string, unknown> | undefined)?.[part], subject);
      return value === undefined ? [] : [value];
    });
    return { users: sorted.filter(test), paginate: true, defaultLimit: 200 };
  }
  const active = sorted.filter((u) => u.status !== 'DEPROVISIONED');
  if (q) {
    const prefix = q.toLowerCase();
    const hit = (u: User) => [u.profile.firstName, u.profile.lastName, u.profile.email].some((v) => typeof v === 'string' && v.toLowerCase().startsWith(prefix));
    return { users: active.filter(hit), paginate: false, defaultLimit: 10 };
  }
  return { users: active, paginate: true, defaultLimit: 200 };
}

export function userRoutes(store: OrgStore): MgmtRoute[] {
  const bucket = 'users';
  const order = creationOrder(store);
  return [
    {
      method: 'POST', path: '/api/v1/users', bucket,
      handler(ctx) {
        const user = store.users.create(createInput(ctx));
        logUserEvent(store, { user, eventType: EVENT_TYPES.userCreate, displayMessage: 'Create okta user', actor: ADMIN_ACTOR });
        if (user.status === 'ACTIVE') logUserEvent(store, { user, eventType: EVENT_TYPES.userActivate, displayMessage: 'Activate Okta user', actor: ADMIN_ACTOR });
        return ok(userView(store, user, ctx.origin));
      },
    },
    {
      method: 'GET', path: '/api/v1/users', bucket,
      handler(ctx) {
        order.refresh();
        const result = matching(store, ctx, order.keyOf);
        const { page, headers } = paginate(ctx, result.users, { keyOf: order.keyOf, defaultLimit: result.defaultLimit, maxLimit: 200, paginate: result.paginate });
        return ok(page.map((u) => userView(store, u, ctx.origin)), headers);
      },
    },
    { method: 'GET', path: '/api/v1/users/:userId', bucket, handler: (ctx) => ok(userView(store, store.users.require(ctx.params.userId!), ctx.origin)) },
    { method: 'POST', path: '/api/v1/users/:userId', bucket, handler: (ctx) => update(store, ctx, false) },
    { method: 'PUT', path: '/api/v1/users/:userId', bucket, handler: (ctx) => update(store, ctx, true) },
    {
      method: 'DELETE', path: '/api/v1/users/:userId', bucket,
      handler(ctx) {
        const user = store.users.require(ctx.params.userId!);
        if (user.status !== 'DEPROVISIONED') {
          store.users.deactivate(user.id);
          logUserEvent(store, { user, eventType: EVENT_TYPES.userDeactivate, displayMessage: 'Deactivate Okta user', actor: ADMIN_ACTOR });
          return noContent();
        }
        store.users.remove(user.id);
        logUserEvent(store, { user, eventType: EVENT_TYPES.userDelete, displayMessage: 'Delete Okta user completed', actor: ADMIN_ACTOR });
        return noContent();
      },
    },
  ];
}

/** POST merges the given profile attributes; PUT replaces the profile. A password in the body is set as an admin would. */
function update(store: OrgStore, ctx: RequestContext, replace: boolean) {
  const user = store.users.require(ctx.params.userId!);
  const body = jsonBody(ctx);
  if (body.profile && typeof body.profile === 'object') {
    const patch = replace ? ({ ...(body.profile as UserProfile) }) : (body.profile as Partial<UserProfile>);
    if (replace) for (const key of Object.keys(user.profile)) if (!(key in patch)) patch[key] = null;
    store.users.updateProfile(user.id, patch);
  }
  const password = ((body.credentials ?? {}) as { password?: { value?: unknown } }).password?.value;
  if (typeof password === 'string') {
    const check = store.users.setPassword(user.id, password);
    if (!check.ok) {
      throw new OrgApiError(400, 'E0000001', 'Api validation failed: password', [
        `password: Password requirements were not met. Password requirements: ${check.unmet.map((r) => r.description).join(', ')}.`,
      ]);
    }
    logUserEvent(store, { user, eventType: EVENT_TYPES.passwordUpdate, displayMessage: 'Update password for user', actor: ADMIN_ACTOR });
  }
  return ok(userView(store, user, ctx.origin));
}
