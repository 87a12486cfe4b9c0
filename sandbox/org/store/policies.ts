/**
 * Policies and rules built from the configuration, and the lookups that pick the policy and rule
 * that apply to a user or an app (first ACTIVE match in priority order, as Okta evaluates them).
 */
import type { OrgConfig, PolicyType } from '../config/index.ts';
import { stableId } from './ids.ts';

export interface PolicyRule {
  id: string;
  /** `SIGN_ON` for OKTA_SIGN_ON policies, otherwise the policy type. */
  type: string;
  name: string;
  priority: number;
  system: boolean;
  status: 'ACTIVE' | 'INACTIVE';
  conditions: Record<string, unknown>;
  actions: Record<string, unknown>;
  created: string;
  lastUpdated: string;
}

export interface Policy {
  id: string;
  type: PolicyType;
  name: string;
  description: string;
  priority: number;
  system: boolean;
  status: 'ACTIVE' | 'INACTIVE';
  conditions: { people: { groups: { include: string[] } } } | null;
  settings: Record<string, unknown> | null;
  rules: PolicyRule[];
  created: string;
  lastUpdated: string;
}

export interface PolicyTable {
  list(type?: PolicyType): Policy[];
  get(id: string): Policy | undefined;
  byName(type: PolicyType, name: string): Policy | undefined;
  /** The first ACTIVE policy of `type` whose groups include one of `groupIds` (empty = everyone). */
  applicable(type: PolicyType, userId: string | null, groupIds: string[]): Policy | undefined;
  /** The first ACTIVE rule of `policy` whose people conditions match. */
  applicableRule(policy: Policy, userId: string | null, groupIds: string[]): PolicyRule | undefined;
}

const byPriority = <T extends { priority: number }>(a: T, b: T) => a.priority - b.priority;

type RuleConfig = OrgConfig['policies'][number]['rules'][number];

/** A configured rule as the Management API shows it (policies' and authorization servers' alike). */
export function ruleFrom<T extends string>(
  r: RuleConfig,
  meta: { id: string; type: T; now: string; resolveGroups: (c: unknown) => unknown },
): Omit<PolicyRule, 'type'> & { type: T } {
  return {
    id: meta.id,
    type: meta.type,
    name: r.name,
    priority: r.priority,
    system: r.system,
    status: r.status,
    conditions: meta.resolveGroups(structuredClone(r.conditions)) as Record<string, unknown>,
    actions: structuredClone(r.actions),
    created: meta.now,
    lastUpdated: meta.now,
  };
}

export function buildPolicyTable(config: OrgConfig, now: string, groupId: (name: string) => string | undefined, resolveGroups: (c: unknown) => unknown): PolicyTable {
  const policies: Policy[] = config.policies.map((p) => {
    const access = p.type === 'ACCESS_POLICY';
    const groups = p.groups.map((name) => groupId(name)).filter((id): id is string => Boolean(id));
    return {
      id: stableId(access ? 'rst' : '00p', `policy:${p.type}:${p.name}`),
      type: p.type,
      name: p.name,
      description: p.description,
      priority: p.priority,
      system: p.system,
      status: p.status,
      conditions: access ? null : { people: { groups: { include: groups } } },
      settings: p.settings ? structuredClone(p.settings) : null,
      created: now,
      lastUpdated: now,
      rules: p.rules.map((r) =>
        ruleFrom(r, { id: stableId(access ? 'rul' : '0pr', `rule:${p.type}:${p.name}:${r.name}`), type: p.type === 'OKTA_SIGN_ON' ? 'SIGN_ON' : p.type, now, resolveGroups }),
      ),
    };
  });

  return {
    list: (type) => policies.filter((p) => !type || p.type === type).sort(byPriority),
    get: (id) => policies.find((p) => p.id === id),
    byName: (type, name) => policies.find((p) => p.type === type && p.name === name),
    applicable(type, _userId, groupIds) {
      return policies
        .filter((p) => p.type === type && p.status === 'ACTIVE')
        .sort(byPriority)
        .find((p) => {
          const include = p.conditions?.people.groups.include ?? [];
          return include.length === 0 || include.some((id) => groupIds.includes(id));
        });
    },
    applicableRule(policy, userId, groupIds) {
      return [...policy.rules].sort(byPriority).find((rule) => rule.status === 'ACTIVE' && peopleMatch(rule.conditions, userId, groupIds));
    },
  };
}

interface People {
  users?: { include?: string[]; exclude?: string[] };
  groups?: { include?: string[]; exclude?: string[] };
}

/** Rules without people conditions match everyone; with no user at hand, only exclusions are skipped. */
function peopleMatch(conditions: Record<string, unknown>, userId: string | null, groupIds: string[]): boolean {
  const people = conditions.people as People | undefined;
  if (!people || userId === null) return true;
  if (people.users?.exclude?.includes(userId)) return false;
  if (people.groups?.exclude?.some((id) => groupIds.includes(id))) return false;
  const users = people.users?.include ?? [];
  const groups = people.groups?.include ?? [];
  if (users.length === 0 && groups.length === 0) return true;
  return users.includes(userId) || groups.some((id) => groupIds.includes(id));
}
