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
