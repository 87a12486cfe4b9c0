/**
 * Loads the emulated org's declarative configuration: fills the `${NAME}` placeholders, validates
 * the result and checks the references between its parts (an app naming a missing policy would
 * otherwise only fail in the middle of a sign-in).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { originProblem } from '../store/origins.ts';
import { OrgConfigSchema, type OrgConfig } from './schema.ts';

export type { OrgConfig, AuthenticatorKey, EnrollRequirement, PasswordComplexity, PolicyConfig, PolicyType, AppConfig, TrustedOriginConfig } from './schema.ts';
export { OrgConfigSchema } from './schema.ts';

export interface OrgConfigVariables {
  SDK_APP_URL: string;
  WIDGET_APP_URL: string;
  SDK_CLIENT_ID: string;
  WIDGET_CLIENT_ID: string;
  [name: string]: string;
}

export const DEFAULT_ORG_CONFIG_FILE = fileURLToPath(new URL('./default-org.json', import.meta.url));

/** Read `file` (default: default-org.json), fill its placeholders from `variables`, validate it. */
export function loadOrgConfig(variables: OrgConfigVariables, file: string = DEFAULT_ORG_CONFIG_FILE): OrgConfig {
  const text = readFileSync(file, 'utf8');
  const filled = fillPlaceholders(text, variables, file);
  return parseOrgConfig(JSON.parse(filled), file);
}

/** Validate an already-parsed configuration (tests pass modified copies of the default). */
export function parseOrgConfig(raw: unknown, source = 'org configuration'): OrgConfig {
  const result = OrgConfigSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`The org configuration in ${source} is invalid:\n  - ${problems.join('\n  - ')}\nFix these fields and start again.`);
  }
  const problems = referenceProblems(result.data);
  if (problems.length > 0) {
    throw new Error(`The org configuration in ${source} has broken references:\n  - ${problems.join('\n  - ')}`);
  }
  return result.data;
}

function fillPlaceholders(text: string, variables: OrgConfigVariables, file: string): string {
  const missing = new Set<string>();
  // Values are JSON-escaped because they land inside JSON string literals.
  const filled = text.replace(/\$\{([A-Z0-9_]+)\}/g, (_, name: string) => {
    const value = variables[name];
    if (value === undefined || value === '') {
      missing.add(name);
      return '';
    }
    return JSON.stringify(value).slice(1, -1);
  });
  if (missing.size > 0) {
    throw new Error(
      `The org configuration ${file} uses placeholders with no value: ${[...missing].join(', ')}. ` +
        'Pass them to loadOrgConfig({ ... }).',
    );
  }
  return filled;
}

function referenceProblems(config: OrgConfig): string[] {
  const problems: string[] = [];
  const groups = new Set(config.groups.map((g) => g.name));
  const keys = new Set(config.authenticators.map((a) => a.key));
  const accessPolicies = new Set(config.policies.filter((p) => p.type === 'ACCESS_POLICY').map((p) => p.name));
  for (const policy of config.policies) {
    for (const group of policy.groups) {
      if (!groups.has(group)) problems.push(`policy "${policy.name}" (${policy.type}) names unknown group "${group}"; known: ${[...groups].join(', ')}`);
    }
    if (policy.type === 'MFA_ENROLL') {
      for (const entry of policy.settings.authenticators) {
        if (!keys.has(entry.key)) problems.push(`enrollment policy "${policy.name}" names authenticator "${entry.key}", which is not configured`);
      }
    }
  }
  for (const app of config.apps) {
    if (!accessPolicies.has(app.accessPolicy)) {
      problems.push(`app ${app.clientId} uses access policy "${app.accessPolicy}"; known: ${[...accessPolicies].join(', ') || 'none'}`);
    }
    problems.push(...appProblems(app, groups));
  }
  const clientIds = config.apps.map((a) => a.clientId);
  if (new Set(clientIds).size !== clientIds.length) problems.push(`app client ids must be unique; got ${clientIds.join(', ')}`);
  problems.push(...originProblems(config));
  return problems;
}

function appProblems(app: OrgConfig['apps'][number], groups: Set<string>): string[] {
  const problems: string[] = [];
  for (const group of app.groups) {
    if (!groups.has(group)) problems.push(`app ${app.clientId} is assigned to unknown group "${group}"; known: ${[...groups].join(', ')}`);
  }
  const confidential = app.tokenEndpointAuthMethod !== 'none';
  if (confidential && !app.clientSecret) problems.push(`app ${app.clientId} authenticates with ${app.tokenEndpointAuthMethod}: give it a clientSecret`);
  if (!confidential && app.clientSecret) problems.push(`app ${app.clientId} is a public client (tokenEndpointAuthMethod "none") but has a clientSecret: remove it or choose client_secret_basic`);
  if (app.oauthClient.application_type === 'browser' && confidential) problems.push(`app ${app.clientId} is a browser (SPA) app: its tokenEndpointAuthMethod must be "none"`);
  return problems;
}

function originProblems(config: OrgConfig): string[] {
  const problems = config.trustedOrigins.flatMap((o) => {
    const problem = originProblem(o.origin);
    return problem ? [`trusted origin "${o.name}": ${problem}`] : [];
  });
  const origins = config.trustedOrigins.map((o) => o.origin.replace(/\/$/, '').toLowerCase());
  const repeated = origins.filter((o, i) => origins.indexOf(o) !== i);
  if (repeated.length > 0) problems.push(`trusted origins must be unique; repeated: ${[...new Set(repeated)].join(', ')}`);
  return problems;
}
