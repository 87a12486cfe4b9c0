/**
 * Removes leftover test users: those of one run (by run id in the login), or those older than a
 * cutoff. Only logins made by `uniqueLogin` with the configured prefix are ever considered, so a
 * sweep never touches anyone else's users.
 */
import { parseLogin } from '../naming.ts';
import type { OktaAdmin } from './admin-client.ts';
import { mapOktaError } from './errors.ts';
import { deleteUser } from './users.ts';

export interface SweepOptions {
  prefix: string;
  /** Delete every user of this run, whatever its age. */
  runId?: string;
  /** Delete users of any run created more than this many minutes ago. */
  olderThanMinutes?: number;
  now?: number;
}

export interface SweepResult {
  deleted: string[];
  failed: { login: string; reason: string }[];
}

interface ListedUser {
  id: string;
  login: string;
  created: Date | null;
}

export function isSweepable(user: ListedUser, options: SweepOptions): boolean {
  const parts = parseLogin(user.login, options.prefix);
  if (!parts) return false;
  if (options.runId && parts.runId === options.runId.toLowerCase()) return true;
  if (options.olderThanMinutes === undefined || !user.created) return false;
  const ageMs = (options.now ?? Date.now()) - user.created.getTime();
  return ageMs > options.olderThanMinutes * 60_000;
}

export async function sweepUsers(admin: OktaAdmin, options: SweepOptions): Promise<SweepResult> {
  const users = await listByPrefix(admin, options.prefix);
  const result: SweepResult = { deleted: [], failed: [] };
  for (const user of users.filter((candidate) => isSweepable(candidate, options))) {
    try {
      await deleteUser(admin, user.id);
      result.deleted.push(user.login);
    } catch (error) {
      result.failed.push({ login: user.login, reason: error instanceof Error ? error.message.split('\n')[0] : String(error) });
    }
  }
  return result;
}

/** `search=` is the only list query that matches a login prefix, and it includes DEPROVISIONED users. */
async function listByPrefix(admin: OktaAdmin, prefix: string): Promise<ListedUser[]> {
  const search = `profile.login sw "${prefix.toLowerCase()}-"`;
  const users: ListedUser[] = [];
  try {
    const collection = await admin.client.userApi.listUsers({ search, limit: 200 });
    for await (const user of collection) {
      if (!user?.id) continue;
      const created = user.created ? new Date(user.created) : null;
      users.push({ id: user.id, login: String(user.profile?.login ?? ''), created });
    }
  } catch (error) {
    throw mapOktaError(error, `list users whose login starts with "${prefix}-"`, admin.orgUrl);
  }
  return users;
}
