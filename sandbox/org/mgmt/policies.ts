/**
 * Policies and rules (`/api/v1/policies?type=…`): MFA enrollment, app access (sign-in) policies,
 * the password policy and the global session policy, as seeded from the org configuration.
 * Access-rule `constraints` stay arrays, as the SDK requires.
 */
import type { RequestContext } from '../../lib/http.ts';
import { OrgApiError, notFound } from '../store/errors.ts';
import type { OrgStore, Policy, PolicyRule } from '../store/index.ts';
import { link, ok, type MgmtRoute } from './reply.ts';

const POLICY_TYPES = ['OKTA_SIGN_ON', 'PASSWORD', 'MFA_ENROLL', 'ACCESS_POLICY', 'PROFILE_ENROLLMENT', 'IDP_DISCOVERY', 'POST_AUTH_SESSION', 'ENTITY_RISK', 'DEVICE_SIGNAL_COLLECTION'];

function policyView(policy: Policy, origin: string) {
  const self = `${origin}/api/v1/policies/${policy.id}`;
  return {
    id: policy.id,
    status: policy.status,
    name: policy.name,
    description: policy.description,
    priority: policy.priority,
    system: policy.system,
    conditions: policy.conditions,
    created: policy.created,
    lastUpdated: policy.lastUpdated,
    ...(policy.settings ? { settings: policy.settings } : {}),
    type: policy.type,
    _links: { self: link(self), rules: link(`${self}/rules`), mappings: link(`${self}/mappings`), deactivate: link(`${self}/lifecycle/deactivate`, 'POST') },
  };
}

function ruleView(policy: Policy, rule: PolicyRule, origin: string) {
  const self = `${origin}/api/v1/policies/${policy.id}/rules/${rule.id}`;
  return {
    id: rule.id,
    status: rule.status,
    name: rule.name,
    priority: rule.priority,
    created: rule.created,
    lastUpdated: rule.lastUpdated,
    system: rule.system,
    conditions: rule.conditions,
    actions: rule.actions,
    type: rule.type,
    _links: { self: link(self), deactivate: link(`${self}/lifecycle/deactivate`, 'POST') },
  };
}

function requirePolicy(store: OrgStore, ctx: RequestContext): Policy {
  const policy = store.policies.get(ctx.params.policyId!);
  if (!policy) throw notFound(ctx.params.policyId!, 'Policy');
  return policy;
}

export function policyRoutes(store: OrgStore): MgmtRoute[] {
  const bucket = 'policies';
  return [
    {
      method: 'GET', path: '/api/v1/policies', bucket,
      handler(ctx) {
        const type = ctx.query.get('type') ?? '';
        if (!POLICY_TYPES.includes(type)) {
          throw new OrgApiError(400, 'E0000001', 'Api validation failed: type', [`type: required, one of ${POLICY_TYPES.join(', ')}; got "${type}"`]);
        }
        const status = ctx.query.get('status');
        const policies = store.policies.list(type as Policy['type']).filter((p) => !status || p.status === status);
        return ok(policies.map((p) => policyView(p, ctx.origin)));
      },
    },
    { method: 'GET', path: '/api/v1/policies/:policyId', bucket, handler: (ctx) => ok(policyView(requirePolicy(store, ctx), ctx.origin)) },
    {
      method: 'GET', path: '/api/v1/policies/:policyId/rules', bucket,
      handler(ctx) {
        const policy = requirePolicy(store, ctx);
        return ok([...policy.rules].sort((a, b) => a.priority - b.priority).map((r) => ruleView(policy, r, ctx.origin)));
      },
    },
    {
      method: 'GET', path: '/api/v1/policies/:policyId/rules/:ruleId', bucket,
      handler(ctx) {
        const policy = requirePolicy(store, ctx);
        const rule = policy.rules.find((r) => r.id === ctx.params.ruleId);
        if (!rule) throw notFound(ctx.params.ruleId!, 'PolicyRule');
        return ok(ruleView(policy, rule, ctx.origin));
      },
    },
  ];
}
