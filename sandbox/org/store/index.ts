/**
 * The emulated org's in-memory store, built from an OrgConfig and a Clock. The parts (users,
 * enrollments, groups, catalogue, policies, log, throttles) live in their own modules; this file
 * wires them together and adds the policy questions the IDX layer asks.
 */
import type { OrgConfig } from '../config/index.ts';
import type { Clock } from '../../lib/service.ts';
import { type AppStore, createAppStore } from './apps.ts';
import { type Authenticator, type AuthorizationServer, buildCatalog } from './catalog.ts';
import { type EnrollmentStore, createEnrollmentStore } from './enrollments.ts';
import { notFound } from './errors.ts';
import {
  type AccessDecision,
  type EnrollmentRequirements,
  type PasswordPolicyView,
  accessDecision,
  enrollmentRequirements,
  globalPrimaryFactor,
  passwordPolicyView,
} from './evaluation.ts';
import { type GroupStore, createGroupStore } from './groups.ts';
import { isoTime } from './ids.ts';
import { type PolicyTable, buildPolicyTable } from './policies.ts';
import { type SystemLog, createSystemLog } from './system-log.ts';
import { type TrustedOriginStore, createTrustedOriginStore } from './origins.ts';
import { type MessageThrottles, createMessageThrottles } from './throttles.ts';
import type { LogEvent, LogEventInput, User } from './types.ts';
import { type UserStore, createUserStore } from './users.ts';

export interface OrgStore {
  readonly config: OrgConfig;
  readonly clock: Clock;
  readonly users: UserStore;
  readonly enrollments: EnrollmentStore;
  readonly groups: GroupStore;
  readonly apps: AppStore;
  readonly trustedOrigins: TrustedOriginStore;
  readonly authenticators: { list(): Authenticator[]; get(keyOrId: string): Authenticator | undefined };
  readonly authorizationServers: { list(): AuthorizationServer[]; get(id: string): AuthorizationServer | undefined };
  readonly policies: PolicyTable;
  readonly log: SystemLog;
  readonly throttles: MessageThrottles;
  /** authenticator key → REQUIRED / OPTIONAL / NOT_ALLOWED for this user (inactive authenticators: NOT_ALLOWED). */
  enrollmentPolicyFor(user: User | string): EnrollmentRequirements;
  /** Whether the user may sign in to the app: assigned directly, through a group, or implicitly. */
  isAssignedToApp(clientId: string, user: User | string): boolean;
  /** How users of this app must authenticate. Throws E0000007 for an unknown client id. */
  accessPolicyFor(clientId: string, user?: User | string): AccessDecision;
  /** Complexity, history and recovery methods that apply to the user (null: the default policy). */
  passwordPolicyFor(user: User | string | null): PasswordPolicyView;
  /** Shorthand for `log.append`. */
  appendLog(event: LogEventInput): LogEvent;
  /** A `features.*` switch of the configuration (false when absent). */
  feature(name: string): boolean;
  /** A `faults.*` entry of the configuration (undefined when absent). */
  fault(name: string): unknown;
}

export function createOrgStore(config: OrgConfig, clock: Clock): OrgStore {
  const now = () => clock.now();
  const seededAt = isoTime(now());
  // Parts refer to each other only through callbacks, so declaration order does not matter at call time.
  const groups = createGroupStore(config, now, {
    exists: (id) => Boolean(users.get(id)),
    ids: () => users.list().map((u) => u.id),
  });
  const catalog = buildCatalog(config, seededAt, groups.resolveNames);
  const policies = buildPolicyTable(config, seededAt, (name) => groups.byName(name)?.id, groups.resolveNames);
  const groupIdsOf = (userId: string | null) => (userId ? groups.ofUser(userId).map((g) => g.id) : groups.list().filter((g) => g.type === 'BUILT_IN').map((g) => g.id));
  const authenticatorByKey = (key: string) => catalog.authenticators.find((a) => a.key === key);
  const apps = createAppStore(config, {
    now,
    groupIdByName: (name) => groups.byName(name)?.id,
    groupExists: (id) => Boolean(groups.get(id)),
    userExists: (id) => Boolean(users.get(id)),
    policyExists: (name) => Boolean(policies.byName('ACCESS_POLICY', name)),
    defaultAccessPolicy: () => defaultAccessPolicy(policies),
  });

  const passwordPolicyFor = (who: User | string | null): PasswordPolicyView => {
    const user = who === null ? null : typeof who === 'string' ? users.require(who) : who;
    const groupIds = groupIdsOf(user?.id ?? null);
    const policy = policies.applicable('PASSWORD', user?.id ?? null, groupIds);
    if (!policy) throw new Error('The org configuration has no ACTIVE PASSWORD policy that applies; add one to default-org.json.');
    return passwordPolicyView(policy, policies.applicableRule(policy, user?.id ?? null, groupIds), catalog.authenticators);
  };

  const users: UserStore = createUserStore({
    now,
    passwordRules: (user) => {
      const view = passwordPolicyFor(user);
      return { complexity: view.complexity, historyCount: view.historyCount };
    },
    groupExists: (id) => Boolean(groups.get(id)),
    addToGroup: (groupId, userId) => groups.addUser(groupId, userId),
    passwordRequiredFor: (groupIds) => {
      const withEveryone = [...groupIds, ...groupIdsOf(null)];
      return enrollmentRequirements(policies.applicable('MFA_ENROLL', null, withEveryone), catalog.authenticators).okta_password === 'REQUIRED';
    },
    onRemoved: (userId) => {
      groups.forgetUser(userId);
      enrollments.forgetUser(userId);
    },
  });
  const enrollments = createEnrollmentStore({
    now,
    user: (id) => users.require(id),
    hasPassword: (id) => users.hasPassword(id),
    authenticator: authenticatorByKey,
    emailEnrolledByDefault: () => config.features.emailEnrolledByDefault === true,
  });
  const log = createSystemLog(now);

  return {
    config,
    clock,
    users,
    enrollments,
    groups,
    apps,
    trustedOrigins: createTrustedOriginStore(config, now),
    authenticators: { list: () => catalog.authenticators, get: (k) => catalog.authenticators.find((a) => a.key === k || a.id === k) },
    authorizationServers: { list: () => catalog.authorizationServers, get: (id) => catalog.authorizationServers.find((s) => s.id === id) },
    policies,
    log,
    throttles: createMessageThrottles(config, now),
    enrollmentPolicyFor(who) {
      const user = typeof who === 'string' ? users.require(who) : who;
      return enrollmentRequirements(policies.applicable('MFA_ENROLL', user.id, groupIdsOf(user.id)), catalog.authenticators);
    },
    isAssignedToApp(clientId, who) {
      const user = typeof who === 'string' ? users.require(who) : who;
      return apps.isAssigned(clientId, user.id, groupIdsOf(user.id));
    },
    accessPolicyFor(clientId, who) {
      const app = apps.get(clientId);
      if (!app) throw notFound(clientId, 'App');
      const user = who === undefined ? null : typeof who === 'string' ? users.require(who) : who;
      const groupIds = groupIdsOf(user?.id ?? null);
      const policy = policies.byName('ACCESS_POLICY', app.accessPolicyName)!;
      const rule = policies.applicableRule(policy, user?.id ?? null, groupIds);
      if (!rule) throw new Error(`Access policy "${policy.name}" of app ${clientId} has no ACTIVE rule that matches; add a catch-all rule.`);
      return accessDecision(policy, rule, catalog.authenticators, globalPrimaryFactor(policies, user, groupIds));
    },
    passwordPolicyFor,
    appendLog: (event) => log.append(event),
    feature: (name) => config.features[name] === true,
    fault: (name) => config.faults[name],
  };
}

/**
 * The access policy a new app gets when its request names none: a system ACCESS_POLICY (Okta's
 * "Default Policy") if the configuration has one, else the highest-priority ACCESS_POLICY.
 */
function defaultAccessPolicy(policies: PolicyTable): string {
  const access = policies.list('ACCESS_POLICY').sort((a, b) => Number(b.system) - Number(a.system) || a.priority - b.priority);
  if (!access[0]) throw new Error('The org configuration has no ACCESS_POLICY for new apps; add one.');
  return access[0].name;
}

export type { App, AppGroupAssignment, AppInput, AppStore, AppUserAssignment, OAuthClientSettings, TokenEndpointAuthMethod } from './apps.ts';
export type { Authenticator, AuthorizationServer, AuthServerPolicy, AuthServerRule } from './catalog.ts';
export type { TrustedOrigin, TrustedOriginInput, TrustedOriginScope, TrustedOriginStore } from './origins.ts';
export { originProblem } from './origins.ts';
export type { AddPhoneInput, EnrollmentStore } from './enrollments.ts';
export { isValidPhoneNumber } from './enrollments.ts';
export type { AccessDecision, Constraint, EnrollmentRequirements, PasswordPolicyView } from './evaluation.ts';
export { OrgApiError, isOrgApiError } from './errors.ts';
export type { GroupStore } from './groups.ts';
export type { Policy, PolicyRule, PolicyTable } from './policies.ts';
export type { SystemLog } from './system-log.ts';
export type { MessageChannel, MessageThrottles, ThrottleDecision } from './throttles.ts';
export type * from './types.ts';
export type { UserStore } from './users.ts';
