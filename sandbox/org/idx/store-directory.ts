/** The `Directory` the OAuth and IDX layers use, answered by the org store. */
import type { OrgStore, User } from '../store/index.ts';
import { EVENT_TYPES, logTokenGrant, logUserEvent } from '../store/log-events.ts';
import type { AuthServerInfo, Directory, DirAuthenticator, DirUser } from './directory.ts';
import { ORG_AUTH_SERVER } from '../oauth/paths.ts';
import { Defects } from '../../defects/switches.ts';

const DEFAULT_TOKEN_MINUTES = 60;

function toDirUser(user: User): DirUser {
  return {
    id: user.id,
    login: user.profile.login,
    status: user.status,
    firstName: user.profile.firstName ?? '',
    lastName: user.profile.lastName ?? '',
    email: user.profile.email,
    locale: typeof user.profile.locale === 'string' ? user.profile.locale : 'en_US',
    timeZone: typeof user.profile.timeZone === 'string' ? user.profile.timeZone : 'America/Los_Angeles',
    lastUpdated: user.lastUpdated,
  };
}

function customAuthServer(store: OrgStore, id: string): AuthServerInfo | undefined {
  const server = store.authorizationServers.get(id);
  if (!server || server.status !== 'ACTIVE') return undefined;
  const rules = server.policies.filter((p) => p.status === 'ACTIVE').flatMap((p) => p.rules.filter((r) => r.status === 'ACTIVE'));
  const grantTypes = rules.flatMap((r) => ((r.conditions.grantTypes as { include?: string[] } | undefined)?.include ?? []));
  const token = rules[0]?.actions.token as { accessTokenLifetimeMinutes?: number } | undefined;
  return {
    id,
    audience: server.audiences[0],
    scopes: server.scopes,
    grantTypes: [...new Set(grantTypes)],
    accessTokenMinutes: token?.accessTokenLifetimeMinutes ?? DEFAULT_TOKEN_MINUTES,
    idTokenMinutes: DEFAULT_TOKEN_MINUTES,
  };
}

export function storeDirectory(store: OrgStore): Directory {
  const existing = (userId: string | undefined) => (userId ? store.users.get(userId) : undefined);
  const defects = new Defects(store.config.defects);
  return {
    app(clientId) {
      const app = store.apps.get(clientId);
      if (!app) return undefined;
      return {
        clientId: app.clientId,
        label: app.label,
        active: app.status === 'ACTIVE',
        redirectUris: app.oauthClient.redirect_uris ?? [],
        postLogoutRedirectUris: app.oauthClient.post_logout_redirect_uris ?? [],
        grantTypes: app.oauthClient.grant_types ?? [],
        emailVerifyUrl: app.emailVerificationCallbackUri || undefined,
        tokenEndpointAuthMethod: app.tokenEndpointAuthMethod,
        clientSecret: app.clientSecret,
      };
    },
    authenticators: () => store.authenticators.list().map((a): DirAuthenticator => ({
      id: a.id,
      key: a.key,
      type: a.type,
      name: a.name,
      active: a.status === 'ACTIVE',
      methods: a.methods.filter((m) => m.status === 'ACTIVE').map((m) => m.type),
      allowedFor: a.settings.allowedFor ?? 'any',
      tokenLifetimeMinutes: a.settings.tokenLifetimeInMinutes ?? 5,
    })),
    findUser: (identifier) => {
      const user = store.users.get(identifier);
      return user ? toDirUser(user) : undefined;
    },
    user: (id) => {
      const user = existing(id);
      return user ? toDirUser(user) : undefined;
    },
    verifyPassword: (userId, password) => defects.has('org.wrong-password-accepted') || store.users.verifyPassword(userId, password),
    enrollments: (userId) => store.enrollments.list(userId)
      .filter((e) => e.status === 'ACTIVE')
      .map((e) => ({ id: e.id, key: e.key, destination: e.profile.email ?? e.profile.phoneNumber })),
    enrollPhone: (userId, phoneNumber) => {
      if (defects.has('org.phone-enrollment-not-saved')) return { id: 'sms-never-saved', key: 'phone_number', destination: phoneNumber };
      const e = store.enrollments.addPhone(userId, { phoneNumber, method: 'sms' });
      const user = store.users.get(userId);
      if (user) logUserEvent(store, { user, eventType: EVENT_TYPES.factorActivate, displayMessage: 'Activate factor or authenticator' });
      return { id: e.id, key: e.key, destination: e.profile.phoneNumber };
    },
    setPassword: (userId, password) => {
      if (defects.has('org.password-not-changed')) return { ok: true };
      const result = store.users.setPassword(userId, password);
      const user = store.users.get(userId);
      if (result.ok && user) logUserEvent(store, { user, eventType: EVENT_TYPES.passwordUpdate, displayMessage: 'Update password for user', outcome: { result: 'SUCCESS' } });
      return result.ok ? result : { ok: false, unmet: result.unmet.map((r) => r.description) };
    },
    recordLogin: (userId, clientId) => {
      const user = defects.has('org.last-login-not-recorded') ? store.users.get(userId) : store.users.recordLogin(userId);
      if (!user) return;
      logUserEvent(store, { user, eventType: EVENT_TYPES.sessionStart, displayMessage: 'User login to Okta', outcome: { result: 'SUCCESS' }, context: { clientId } });
    },
    recordTokenGrant: (grant) => {
      const user = existing(grant.userId);
      if (user) logTokenGrant(store, { user, clientId: grant.clientId, customServer: grant.authServerId !== ORG_AUTH_SERVER, tokenTypes: grant.tokenTypes });
    },
    recordFactorVerified: (userId, key) => {
      const user = store.users.get(userId);
      if (!user) return;
      logUserEvent(store, { user, eventType: EVENT_TYPES.authViaMfa, displayMessage: `Authentication of user via MFA (${key})`, outcome: { result: 'SUCCESS' } });
    },
    enrollmentPolicy: (userId) => store.enrollmentPolicyFor(userId),
    accessPolicy: (clientId, userId) => {
      const decision = store.accessPolicyFor(clientId, existing(userId));
      return {
        allow: decision.access === 'ALLOW',
        factorMode: decision.factorMode,
        passwordRequired: decision.passwordRequired,
        allowedKeys: decision.satisfying,
      };
    },
    isAssigned: (clientId, userId) => store.isAssignedToApp(clientId, userId),
    passwordPolicy: (userId) => {
      const view = store.passwordPolicyFor(existing(userId) ?? null);
      const c = view.settings.complexity;
      // Only the fields the widget knows: it crashes on any other complexity key (e.g. `dictionary`).
      const complexity = {
        minLength: c.minLength,
        minLowerCase: c.minLowerCase,
        minUpperCase: c.minUpperCase,
        minNumber: c.minNumber,
        minSymbol: c.minSymbol,
        excludeUsername: c.excludeUsername,
        excludeAttributes: c.excludeAttributes ?? [],
      };
      return {
        complexity,
        age: view.settings.age,
        recoveryKeys: view.recoveryAuthenticators,
        recoveryAllowed: view.selfServiceResetAllowed && view.recoveryAuthenticators.length > 0,
        recoveryTokenMinutes: view.recoveryTokenMinutes,
      };
    },
    takeSend: (channel, destination) => {
      const decision = store.throttles.take(channel, destination);
      return decision.allowed ? decision : { allowed: false, errorCode: decision.errorCode, errorSummary: decision.errorSummary };
    },
    authServer: (id) => {
      if (id !== ORG_AUTH_SERVER) return customAuthServer(store, id);
      const org = store.config.orgAuthorizationServer;
      return {
        id,
        audience: undefined,
        scopes: org.scopes,
        grantTypes: org.grantTypes,
        accessTokenMinutes: org.accessTokenLifetimeMinutes,
        idTokenMinutes: org.idTokenLifetimeMinutes,
      };
    },
  };
}
