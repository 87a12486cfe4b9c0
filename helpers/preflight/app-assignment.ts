/**
 * On a real org a user signs in to an app only when assigned to it, directly or through a group.
 * The suite assigns its test users through the groups named by TEST_USER_GROUPS, so before any
 * test runs each app under test must exist and be assigned to at least one of those groups (or
 * use implicit assignment); otherwise every test would fail at sign-in with the same message.
 */
import type { SuiteConfig } from '../config/types.ts';
import { probe } from './probe.ts';

interface AppRecord { label?: string; settings?: { implicitAssignment?: boolean } }
interface GroupRecord { id: string; type?: string; profile?: { name?: string } }

async function getJson<T>(config: SuiteConfig, path: string): Promise<{ status?: number; body?: T; failure?: string }> {
  const result = await probe(`${config.okta.orgUrl}${path}`, { headers: { Authorization: `SSWS ${config.okta.apiToken}`, Accept: 'application/json' } });
  if (result.failure || !result.ok) return { status: result.status, failure: result.failure ?? `HTTP ${result.status}` };
  try {
    return { status: result.status, body: JSON.parse(result.body ?? '') as T };
  } catch {
    return { status: result.status, failure: 'a response that is not JSON' };
  }
}

/** Id of each TEST_USER_GROUPS name, and a problem for each name no group has. */
async function namedGroups(config: SuiteConfig): Promise<{ ids: Map<string, string>; problems: string[] }> {
  const ids = new Map<string, string>();
  const problems: string[] = [];
  for (const name of config.testUserGroups) {
    const found = await getJson<GroupRecord[]>(config, `/api/v1/groups?q=${encodeURIComponent(name)}&limit=200`);
    const match = (found.body ?? []).find((g) => g.profile?.name === name);
    if (match) ids.set(match.id, name);
    else if (found.body) problems.push(`TEST_USER_GROUPS names the group "${name}", which does not exist in ${config.okta.orgUrl}: name the group(s) the apps under test are assigned to (Applications > your app > Assignments).`);
  }
  return { ids, problems };
}

async function appProblem(config: SuiteConfig, setting: string, clientId: string, groups: Map<string, string>): Promise<string | undefined> {
  const app = await getJson<AppRecord>(config, `/api/v1/apps/${encodeURIComponent(clientId)}`);
  if (app.status === 404) return `${setting} ${clientId} is not an app of ${config.okta.orgUrl}: copy the Client ID from Applications > your app > General.`;
  if (!app.body) return undefined; // The org check reports an org that does not answer.
  if (app.body.settings?.implicitAssignment === true) return undefined;
  const assigned = await getJson<GroupRecord[]>(config, `/api/v1/apps/${encodeURIComponent(clientId)}/groups?limit=200`);
  if (!assigned.body) return undefined;
  if (assigned.body.some((a) => groups.has(a.id))) return undefined;
  const label = app.body.label ?? clientId;
  return `The app "${label}" (${setting}) is assigned to none of TEST_USER_GROUPS (${config.testUserGroups.join(', ')}), so test users could not sign in to it: ` +
    `assign it to one of them (Applications > ${label} > Assignments > Assign to groups), or set TEST_USER_GROUPS to the group(s) it is assigned to ` +
    `(${assigned.body.length} group${assigned.body.length === 1 ? '' : 's'} assigned now).`;
}

export async function appAssignmentProblems(config: SuiteConfig): Promise<string[]> {
  const groups = await namedGroups(config);
  const apps = await Promise.all([
    appProblem(config, 'OKTA_SDK_CLIENT_ID', config.sdkApp.clientId, groups.ids),
    appProblem(config, 'OKTA_WIDGET_CLIENT_ID', config.widgetApp.clientId, groups.ids),
  ]);
  return [...groups.problems, ...apps.filter((p): p is string => Boolean(p))];
}
