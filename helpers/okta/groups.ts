/**
 * Finding the org's groups that test users must join. Email-only users only become ACTIVE without
 * a password inside the group whose enrollment policy makes the password optional, so a missing
 * group is a configuration problem of the org, reported as such.
 */
import { ConfigError } from '../errors.ts';
import type { OktaAdmin } from './admin-client.ts';
import { oktaCall } from './errors.ts';

export async function groupIdByName(admin: OktaAdmin, name: string, setting: string): Promise<string> {
  const matches: string[] = [];
  const groups = await oktaCall(`find group "${name}"`, admin.orgUrl, () => admin.client.groupApi.listGroups({ q: name }));
  await oktaCall(`list groups named "${name}"`, admin.orgUrl, () =>
    groups.each((group) => {
      if (group.profile?.name === name && group.id) matches.push(group.id);
    }),
  );
  if (matches.length === 1) return matches[0]!;
  throw new ConfigError([
    matches.length === 0
      ? `${setting} names the group "${name}", which does not exist in ${admin.orgUrl}: create it with a password-optional authenticator enrollment policy, as the email-only sign-in guide describes, or set ${setting} to your group's name.`
      : `${setting} names the group "${name}", and ${matches.length} groups have that name: give the password-optional group a unique name.`,
  ]);
}

/**
 * Ids of the groups (named by TEST_USER_GROUPS) a test user must join to be assigned to the apps
 * under test. Built-in groups (Everyone) are left out: every user is in them already.
 */
export async function assignmentGroupIds(admin: OktaAdmin, names: string[]): Promise<string[]> {
  const ids: string[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const found: { id: string; type: string }[] = [];
    const groups = await oktaCall(`find group "${name}"`, admin.orgUrl, () => admin.client.groupApi.listGroups({ q: name }));
    await oktaCall(`list groups named "${name}"`, admin.orgUrl, () =>
      groups.each((group) => {
        if (group.profile?.name === name && group.id) found.push({ id: group.id, type: String(group.type ?? '') });
      }),
    );
    if (found.length !== 1) {
      problems.push(`TEST_USER_GROUPS names the group "${name}", which ${found.length === 0 ? `does not exist in ${admin.orgUrl}` : `is not unique (${found.length} groups)`}: name the group(s) the apps under test are assigned to.`);
    } else if (found[0]!.type !== 'BUILT_IN') {
      ids.push(found[0]!.id);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return ids;
}
