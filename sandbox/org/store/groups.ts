/**
 * Groups and memberships. `Everyone` (BUILT_IN) implicitly contains every user, as in Okta, so
 * policies targeted at it apply to users created without any group.
 */
import type { OrgConfig } from '../config/index.ts';
import { OrgApiError, notFound, validationFailed } from './errors.ts';
import { isoTime, newId, stableId } from './ids.ts';
import type { Group } from './types.ts';

export interface GroupStore {
  list(): Group[];
  get(id: string): Group | undefined;
  /** Find by exact (case-insensitive) name. */
  byName(name: string): Group | undefined;
  create(profile: { name: string; description?: string }): Group;
  remove(id: string): void;
  addUser(groupId: string, userId: string): void;
  removeUser(groupId: string, userId: string): void;
  /** Groups the user belongs to, `Everyone` included. */
  ofUser(userId: string): Group[];
  members(groupId: string): string[];
  /** Forget a deleted user's memberships. */
  forgetUser(userId: string): void;
  /** Replace group names with ids inside `people.groups.include/exclude` of a conditions object. */
  resolveNames(conditions: unknown): unknown;
}

export interface UserDirectory {
  exists(id: string): boolean;
  ids(): string[];
}

export function createGroupStore(config: OrgConfig, now: () => number, users: UserDirectory): GroupStore {
  const groups = new Map<string, Group>();
  const members = new Map<string, Set<string>>();
  const stamp = () => isoTime(now());

  const make = (name: string, description: string, type: Group['type'], id: string): Group => {
    const time = stamp();
    const group: Group = { id, type, profile: { name, description }, created: time, lastUpdated: time, lastMembershipUpdated: time };
    groups.set(id, group);
    members.set(id, new Set());
    return group;
  };
  for (const g of config.groups) make(g.name, g.description, g.type, stableId('00g', `group:${g.name}`));

  const byName = (name: string) => [...groups.values()].find((g) => g.profile.name.toLowerCase() === name.toLowerCase());
  const require = (id: string) => {
    const group = groups.get(id);
    if (!group) throw notFound(id, 'UserGroup');
    return group;
  };
  const isEveryone = (group: Group) => group.type === 'BUILT_IN' && group.profile.name === 'Everyone';
  const touch = (group: Group) => (group.lastMembershipUpdated = stamp());

  const mapNames = (names: unknown) =>
    Array.isArray(names) ? names.map((n) => (typeof n === 'string' ? (byName(n)?.id ?? n) : n)) : names;

  return {
    list: () => [...groups.values()],
    get: (id) => groups.get(id),
    byName,
    create({ name, description = '' }) {
      if (!name) throw validationFailed('name', 'The field cannot be left blank');
      if (byName(name)) throw validationFailed('name', 'An object with this field already exists in the current organization');
      return make(name, description, 'OKTA_GROUP', newId('00g'));
    },
    remove(id) {
      const group = require(id);
      if (group.type === 'BUILT_IN') throw new OrgApiError(403, 'E0000006', 'You do not have permission to perform the requested action', ['BUILT_IN groups cannot be deleted.']);
      groups.delete(id);
      members.delete(id);
    },
    addUser(groupId, userId) {
      const group = require(groupId);
      if (!users.exists(userId)) throw notFound(userId, 'User');
      if (!isEveryone(group)) members.get(groupId)!.add(userId);
      touch(group);
    },
    removeUser(groupId, userId) {
      const group = require(groupId);
      members.get(groupId)!.delete(userId);
      touch(group);
    },
    ofUser: (userId) => [...groups.values()].filter((g) => isEveryone(g) || members.get(g.id)!.has(userId)),
    members: (groupId) => {
      const group = require(groupId);
      return isEveryone(group) ? users.ids() : [...members.get(groupId)!];
    },
    forgetUser(userId) {
      for (const set of members.values()) set.delete(userId);
    },
    resolveNames(conditions) {
      const people = (conditions as { people?: { groups?: { include?: unknown; exclude?: unknown } } })?.people;
      if (people?.groups) {
        people.groups.include = mapNames(people.groups.include);
        people.groups.exclude = mapNames(people.groups.exclude);
      }
      return conditions;
    },
  };
}
