/**
 * Loads the emulated org's declarative configuration: fills the `${NAME}` placeholders, validates
 * the result and checks the references between its parts (an app naming a missing policy would
 * otherwise only fail in the middle of a sign-in).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { originProblem } from '../store/origins.ts';
import { identityOf, mergeConfig, unknownTopLevelFields } from './overlay.ts';
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

/** An org configuration file overlaid on the defaults (`npm run sandbox -- --org-config FILE`). */
export interface OrgConfigOverlay {
  /** Where it came from, for messages (a file path). */
  source: string;
  text: string;
}

/**
 * Read `file` (default: default-org.json), fill its placeholders from `variables`, overlay
 * `overlays` in order (see overlay.ts), validate the result. Every problem found, in the
 * overlays and in the merged configuration, is listed in one error.
 */
export function loadOrgConfig(variables: OrgConfigVariables, file: string = DEFAULT_ORG_CONFIG_FILE, overlays: OrgConfigOverlay[] = []): OrgConfig {
  const text = readFileSync(file, 'utf8');
  const base: unknown = JSON.parse(fillPlaceholders(text, variables, file));
  if (overlays.length === 0) return parseOrgConfig(base, file);
  const problems: string[] = [];
  let merged = base;
  for (const overlay of overlays) {
    const parsed = readOverlay(overlay, variables, problems);
    if (parsed !== undefined) merged = mergeConfig(merged, parsed);
  }
  const checked = checkOrgConfig(merged);
  problems.push(...checked.problems);
  if (problems.length > 0 || !checked.config) throw invalid(`${file} overlaid with ${overlays.map((o) => o.source).join(', ')}`, problems);
  return checked.config;
}

/** Validate an already-parsed configuration (tests pass modified copies of the default). */
export function parseOrgConfig(raw: unknown, source = 'org configuration'): OrgConfig {
  const checked = checkOrgConfig(raw);
  if (!checked.config) throw invalid(source, checked.problems);
  return checked.config;
}

/** The configuration, or every problem with it: the schema's, then broken references. */
function checkOrgConfig(raw: unknown): { config?: OrgConfig; problems: string[] } {
  const result = OrgConfigSchema.safeParse(raw);
  if (!result.success) {
    // References are checked too, as far as the unvalidated data allows: every problem at once.
    const problems = result.error.issues.map((issue) => `${describePath(raw, issue.path)}: ${issue.message}`);
    return { problems: [...problems, ...bestEffort(() => referenceProblems(raw as OrgConfig))] };
  }
  const problems = referenceProblems(result.data);
  return problems.length > 0 ? { problems } : { config: result.data, problems };
}

function invalid(source: string, problems: string[]): Error {
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return new Error(`The org configuration in ${source} has ${count}:\n  - ${problems.join('\n  - ')}\nFix them and start again.`);
}

/** `apps.2.label` reads better as `apps[clientId=0oa…].label`: overlay indexes mean nothing to a reader. */
function describePath(raw: unknown, path: PropertyKey[]): string {
  let node = raw;
  const parts: string[] = [];
  for (const key of path) {
    const child = (node as Record<PropertyKey, unknown> | undefined)?.[key];
    const id = Array.isArray(node) ? identityOf(child) : undefined;
    if (id) parts[parts.length - 1] += `[${id}]`;
    else parts.push(String(key));
    node = child;
  }
  return parts.join('.') || '(root)';
}

function readOverlay(overlay: OrgConfigOverlay, variables: OrgConfigVariables, problems: string[]): unknown {
  let text: string;
  try {
    text = fillPlaceholders(overlay.text, variables, overlay.source);
  } catch (error) {
    problems.push((error as Error).message);
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    problems.push(`${overlay.source} is not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    problems.push(`${overlay.source} must hold one JSON object with the fields to overlay (e.g. { "apps": [ ... ] })`);
    return undefined;
  }
  const known = Object.keys(OrgConfigSchema.shape);
  for (const field of unknownTopLevelFields(parsed, known)) {
    problems.push(`${overlay.source}: unknown field "${field}"; the configuration has ${known.join(', ')}`);
  }
  return parsed;
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
        `Known placeholders: ${Object.keys(variables).map((v) => `\${${v}}`).join(', ')}.`,
    );
  }
  return filled;
}

function bestEffort(check: () => string[]): string[] {
  try {
    return check();
  } catch {
    return [];
  }
}

function referenceProblems(config: OrgConfig): string[] {
  const groups = new Set((config.groups ?? []).map((g) => g.name));
  return [
    ...bestEffort(() => policyProblems(config, groups)),
    ...bestEffort(() => config.apps.flatMap((app) => bestEffort(() => appProblems(app, groups, config)))),
    ...bestEffort(() => {
      const clientIds = config.apps.map((a) => a.clientId);
      return new Set(clientIds).size !== clientIds.length ? [`app client ids must be unique; got ${clientIds.join(', ')}`] : [];
    }),
    ...bestEffort(() => originProblems(config)),
  ];
}

function policyProblems(config: OrgConfig, groups: Set<string>): string[] {
  const problems: string[] = [];
  const keys = new Set(config.authenticators.map((a) => a.key));
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
  return problems;
}

function appProblems(app: OrgConfig['apps'][number], groups: Set<string>, config: OrgConfig): string[] {
  const problems: string[] = [];
  const accessPolicies = new Set(config.policies.filter((p) => p.type === 'ACCESS_POLICY').map((p) => p.name));
  if (!accessPolicies.has(app.accessPolicy)) {
    problems.push(`app ${app.clientId} uses access policy "${app.accessPolicy}"; known: ${[...accessPolicies].join(', ') || 'none'}`);
  }
  for (const group of app.groups ?? []) {
    if (!groups.has(group)) problems.push(`app ${app.clientId} is assigned to unknown group "${group}"; known: ${[...groups].join(', ')}`);
  }
  const confidential = (app.tokenEndpointAuthMethod ?? 'none') !== 'none';
  if (confidential && !app.clientSecret) problems.push(`app ${app.clientId} authenticates with ${app.tokenEndpointAuthMethod}: give it a clientSecret`);
  if (!confidential && app.clientSecret) problems.push(`app ${app.clientId} is a public client (tokenEndpointAuthMethod "none") but has a clientSecret: remove it or choose client_secret_basic`);
  if (app.oauthClient?.application_type === 'browser' && confidential) problems.push(`app ${app.clientId} is a browser (SPA) app: its tokenEndpointAuthMethod must be "none"`);
  return problems;
}

function originProblems(config: OrgConfig): string[] {
  const problems = (config.trustedOrigins ?? []).flatMap((o) => {
    const problem = originProblem(o.origin);
    return problem ? [`trusted origin "${o.name}": ${problem}`] : [];
  });
  const origins = (config.trustedOrigins ?? []).map((o) => o.origin.replace(/\/$/, '').toLowerCase());
  const repeated = origins.filter((o, i) => origins.indexOf(o) !== i);
  if (repeated.length > 0) problems.push(`trusted origins must be unique; repeated: ${[...new Set(repeated)].join(', ')}`);
  return problems;
}
