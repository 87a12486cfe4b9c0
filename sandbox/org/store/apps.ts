/**
 * OIDC app integrations and who may use them. Seeded from the configuration, then created, replaced,
 * (de)activated and deleted through `/api/v1/apps` as on a real org. A user may sign in to an app
 * only when assigned to it directly or through a group (`Everyone` counts), unless the app uses
 * implicit assignment (Okta's Federation Broker Mode).
 */
import type { AppConfig, OrgConfig } from '../config/index.ts';
import { OrgApiError, notFound, validationFailed } from './errors.ts';
import { isoTime, newId, randomToken } from './ids.ts';

export type TokenEndpointAuthMethod = AppConfig['tokenEndpointAuthMethod'];
export type OAuthClientSettings = AppConfig['oauthClient'];

export interface App {
  /** For OIDC apps the app id is the client id. */
  id: string;
  clientId: string;
  label: string;
  status: 'ACTIVE' | 'INACTIVE';
  accessPolicyName: string;
  /** Where magic links land (`?otp=&state=`): the configured URI, else the first redirect URI. */
  emailVerificationCallbackUri: string;
  tokenEndpointAuthMethod: TokenEndpointAuthMethod;
  clientSecret?: string;
  pkceRequired: boolean;
  implicitAssignment: boolean;
  /** Okta's `settings.oauthClient`, verbatim (grant_types, redirect_uris, …). */
  oauthClient: OAuthClientSettings;
  created: string;
  lastUpdated: string;
}

/** What a create or replace request decides; the store fills ids, secrets and times. */
export interface AppInput {
  label: string;
  clientId?: string;
  clientSecret?: string;
  tokenEndpointAuthMethod: TokenEndpointAuthMethod;
  pkceRequired: boolean;
  implicitAssignment: boolean;
  emailVerificationCallbackUri?: string;
  accessPolicyName?: string;
  oauthClient: OAuthClientSettings;
}

export interface AppUserAssignment { appId: string; userId: string; created: string; lastUpdated: string }
export interface AppGroupAssignment { appId: string; groupId: string; priority: number; lastUpdated: string }

export interface AppStore {
  list(): App[];
  get(id: string): App | undefined;
  /** E0000007 for an unknown app. */
  require(id: string): App;
  create(input: AppInput, activate: boolean): App;
  replace(id: string, input: AppInput): App;
  setStatus(id: string, status: App['status']): App;
  /** Only an INACTIVE app may be deleted, as in Okta. */
  remove(id: string): void;
  assignPolicy(id: string, policyName: string): void;
  assignUser(appId: string, userId: string): AppUserAssignment;
  unassignUser(appId: string, userId: string): void;
  users(appId: string): AppUserAssignment[];
  assignGroup(appId: string, groupId: string, priority?: number): AppGroupAssignment;
  unassignGroup(appId: string, groupId: string): void;
  groups(appId: string): AppGroupAssignment[];
  /** Whether a user in `groupIds` (Everyone included) may sign in to the app. */
  isAssigned(appId: string, userId: string, groupIds: string[]): boolean;
}

export interface AppStoreDeps {
  now: () => number;
  groupIdByName: (name: string) => string | undefined;
  groupExists: (id: string) => boolean;
  userExists: (id: string) => boolean;
  policyExists: (name: string) => boolean;
  /** The access policy a new app gets when the request names none. */
  defaultAccessPolicy: () => string;
}

const isConfidential = (method: TokenEndpointAuthMethod) => method !== 'none';

export function createAppStore(config: OrgConfig, deps: AppStoreDeps): AppStore {
  const apps = new Map<string, App>();
  const userAssignments = new Map<string, Map<string, AppUserAssignment>>();
  const groupAssignments = new Map<string, Map<string, AppGroupAssignment>>();
  const stamp = () => isoTime(deps.now());

  const require = (id: string) => {
    const app = apps.get(id);
    if (!app) throw notFound(id, 'AppInstance');
    return app;
  };
  const fromInput = (input: AppInput, id: string, status: App['status'], created: string): App => {
    const secret = isConfidential(input.tokenEndpointAuthMethod) ? (input.clientSecret ?? apps.get(id)?.clientSecret ?? randomToken(40)) : undefined;
    return {
      id,
      clientId: id,
      label: input.label,
      status,
      accessPolicyName: input.accessPolicyName ?? apps.get(id)?.accessPolicyName ?? deps.defaultAccessPolicy(),
      emailVerificationCallbackUri: input.emailVerificationCallbackUri ?? input.oauthClient.redirect_uris[0] ?? '',
      tokenEndpointAuthMethod: input.tokenEndpointAuthMethod,
      ...(secret ? { clientSecret: secret } : {}),
      pkceRequired: input.pkceRequired,
      implicitAssignment: input.implicitAssignment,
      oauthClient: structuredClone(input.oauthClient),
      created,
      lastUpdated: stamp(),
    };
  };
  const store = (app: App) => {
    apps.set(app.id, app);
    if (!userAssignments.has(app.id)) userAssignments.set(app.id, new Map());
    if (!groupAssignments.has(app.id)) groupAssignments.set(app.id, new Map());
    return app;
  };
  const assignGroup = (appId: string, groupId: string, priority?: number) => {
    require(appId);
    if (!deps.groupExists(groupId)) throw notFound(groupId, 'UserGroup');
    const assignments = groupAssignments.get(appId)!;
    const record: AppGroupAssignment = { appId, groupId, priority: priority ?? assignments.get(groupId)?.priority ?? assignments.size, lastUpdated: stamp() };
    assignments.set(groupId, record);
    return record;
  };

  for (const app of config.apps) {
    const { clientId, accessPolicy, status, groups, ...rest } = app;
    store(fromInput({ ...rest, clientId, accessPolicyName: accessPolicy }, clientId, status, stamp()));
    for (const name of groups) assignGroup(clientId, deps.groupIdByName(name)!);
  }

  return {
    list: () => [...apps.values()],
    get: (id) => apps.get(id),
    require,
    create(input, activate) {
      const id = input.clientId ?? newId('0oa');
      if (apps.has(id)) throw validationFailed('client_id', 'An object with this field already exists in the current organization');
      if (input.accessPolicyName && !deps.policyExists(input.accessPolicyName)) throw notFound(input.accessPolicyName, 'Policy');
      return store(fromInput(input, id, activate ? 'ACTIVE' : 'INACTIVE', stamp()));
    },
    replace(id, input) {
      const current = require(id);
      if (input.clientId && input.clientId !== id) throw validationFailed('client_id', 'The client_id of an existing app cannot be changed.');
      return store(fromInput(input, id, current.status, current.created));
    },
    setStatus(id, status) {
      const app = require(id);
      app.status = status;
      app.lastUpdated = stamp();
      return app;
    },
    remove(id) {
      const app = require(id);
      if (app.status === 'ACTIVE') {
        throw new OrgApiError(403, 'E0000056', 'Delete application forbidden.', [`The app ${id} is ACTIVE: deactivate it first (POST /api/v1/apps/${id}/lifecycle/deactivate).`]);
      }
      apps.delete(id);
      userAssignments.delete(id);
      groupAssignments.delete(id);
    },
    assignPolicy(id, policyName) {
      const app = require(id);
      app.accessPolicyName = policyName;
      app.lastUpdated = stamp();
    },
    assignUser(appId, userId) {
      require(appId);
      if (!deps.userExists(userId)) throw notFound(userId, 'User');
      const assignments = userAssignments.get(appId)!;
      const time = stamp();
      const record: AppUserAssignment = { appId, userId, created: assignments.get(userId)?.created ?? time, lastUpdated: time };
      assignments.set(userId, record);
      return record;
    },
    unassignUser(appId, userId) {
      require(appId);
      if (!userAssignments.get(appId)!.delete(userId)) throw notFound(userId, 'AppUser');
    },
    users: (appId) => (require(appId), [...userAssignments.get(appId)!.values()].filter((a) => deps.userExists(a.userId))),
    assignGroup,
    unassignGroup(appId, groupId) {
      require(appId);
      if (!groupAssignments.get(appId)!.delete(groupId)) throw notFound(groupId, 'ApplicationGroupAssignment');
    },
    groups: (appId) => (require(appId), [...groupAssignments.get(appId)!.values()].filter((a) => deps.groupExists(a.groupId))),
    isAssigned(appId, userId, groupIds) {
      const app = apps.get(appId);
      if (!app) return false;
      if (app.implicitAssignment || userAssignments.get(appId)!.has(userId)) return true;
      const groups = groupAssignments.get(appId)!;
      return groupIds.some((id) => groups.has(id));
    },
  };
}
