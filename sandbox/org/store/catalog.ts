/**
 * The org's fixed catalogue, built once from the configuration: authenticators and authorization
 * servers (apps live in `apps.ts`, managed through the API). Ids are stable (derived from names)
 * so they survive restarts.
 */
import type { AuthenticatorKey, OrgConfig } from '../config/index.ts';
import { stableId } from './ids.ts';
import { ruleFrom, type Policy, type PolicyRule } from './policies.ts';

export interface Authenticator {
  id: string;
  key: AuthenticatorKey;
  type: 'password' | 'email' | 'phone';
  name: string;
  status: 'ACTIVE' | 'INACTIVE';
  settings: { allowedFor?: 'any' | 'sso' | 'recovery' | 'none'; tokenLifetimeInMinutes?: number; [k: string]: unknown };
  methods: { type: 'sms' | 'voice' | 'email' | 'password'; status: 'ACTIVE' | 'INACTIVE' }[];
  created: string;
  lastUpdated: string;
}

/** Authorization-server rules and policies have the shape of the org's policies and rules. */
export type AuthServerRule = Omit<PolicyRule, 'type'> & { type: 'RESOURCE_ACCESS' };

export type AuthServerPolicy = Omit<Policy, 'type' | 'conditions' | 'settings' | 'rules'> & {
  type: 'OAUTH_AUTHORIZATION_POLICY';
  conditions: { clients: { include: string[] } };
  rules: AuthServerRule[];
};

export interface AuthorizationServer {
  id: string;
  name: string;
  description: string;
  audiences: string[];
  issuerMode: string;
  status: 'ACTIVE' | 'INACTIVE';
  scopes: string[];
  policies: AuthServerPolicy[];
  created: string;
  lastUpdated: string;
}

export interface Catalog {
  authenticators: Authenticator[];
  authorizationServers: AuthorizationServer[];
}

export function buildCatalog(config: OrgConfig, now: string, resolveGroups: (value: unknown) => unknown): Catalog {
  const authenticators: Authenticator[] = config.authenticators.map((a) => ({
    id: stableId('aut', `authenticator:${a.key}`),
    key: a.key,
    type: a.type,
    name: a.name,
    status: a.status,
    settings: { ...a.settings },
    methods: a.methods.map((m) => ({ ...m })),
    created: now,
    lastUpdated: now,
  }));
  const authorizationServers = config.authorizationServers.map((as) => ({
    id: as.id,
    name: as.name,
    description: as.description,
    audiences: [...as.audiences],
    issuerMode: as.issuerMode,
    status: as.status,
    scopes: [...as.scopes],
    created: now,
    lastUpdated: now,
    policies: as.policies.map((p) => ({
      id: stableId('00p', `as:${as.id}:${p.name}`),
      type: 'OAUTH_AUTHORIZATION_POLICY' as const,
      name: p.name,
      description: p.description,
      priority: p.priority,
      system: p.system,
      status: p.status,
      conditions: { clients: { include: [...p.clients] } },
      created: now,
      lastUpdated: now,
      rules: p.rules.map((r) => ruleFrom(r, { id: stableId('0pr', `as:${as.id}:${p.name}:${r.name}`), type: 'RESOURCE_ACCESS', now, resolveGroups })),
    })),
  }));
  return { authenticators, authorizationServers };
}
