/**
 * Password credentials and the password policy's checks. Only salted hashes are kept, so a dump of
 * the store (or a debugger view) never shows a test user's password.
 */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { PasswordComplexity, PasswordRequirement, UserProfile } from './types.ts';

export interface PasswordHash {
  salt: string;
  hash: string;
}

// A low scrypt cost: these are throwaway test passwords and tests create many users.
const SCRYPT = { N: 1024, r: 8, p: 1 } as const;

export function hashPassword(password: string): PasswordHash {
  const salt = randomBytes(16).toString('base64');
  return { salt, hash: scryptSync(password, salt, 32, SCRYPT).toString('base64') };
}

export function matchesHash(password: string, stored: PasswordHash): boolean {
  const candidate = scryptSync(password, stored.salt, 32, SCRYPT);
  return timingSafeEqual(candidate, Buffer.from(stored.hash, 'base64'));
}

const describe = {
  minLength: (n: number) => `At least ${n} characters`,
  minLowerCase: (n: number) => (n === 1 ? 'A lowercase letter' : `At least ${n} lowercase letters`),
  minUpperCase: (n: number) => (n === 1 ? 'An uppercase letter' : `At least ${n} uppercase letters`),
  minNumber: (n: number) => (n === 1 ? 'A number' : `At least ${n} numbers`),
  minSymbol: (n: number) => (n === 1 ? 'A symbol' : `At least ${n} symbols`),
  excludeUsername: () => 'No parts of your username',
  excludeAttributes: (attrs: string[]) => `Does not include your ${attrs.join(', ')}`,
  history: (n: number) => `Your password cannot be any of your last ${n} passwords`,
};

/** Every requirement the policy imposes, in Okta's order and wording (for requirement lists in UIs). */
export function passwordRequirements(complexity: PasswordComplexity, historyCount: number): PasswordRequirement[] {
  const list: PasswordRequirement[] = [];
  if (complexity.minLength > 0) list.push({ code: 'minLength', description: describe.minLength(complexity.minLength) });
  if (complexity.minLowerCase > 0) list.push({ code: 'minLowerCase', description: describe.minLowerCase(complexity.minLowerCase) });
  if (complexity.minUpperCase > 0) list.push({ code: 'minUpperCase', description: describe.minUpperCase(complexity.minUpperCase) });
  if (complexity.minNumber > 0) list.push({ code: 'minNumber', description: describe.minNumber(complexity.minNumber) });
  if (complexity.minSymbol > 0) list.push({ code: 'minSymbol', description: describe.minSymbol(complexity.minSymbol) });
  if (complexity.excludeUsername) list.push({ code: 'excludeUsername', description: describe.excludeUsername() });
  const attrs = complexity.excludeAttributes ?? [];
  if (attrs.length > 0) list.push({ code: 'excludeAttributes', description: describe.excludeAttributes(attrs) });
  if (historyCount > 0) list.push({ code: 'history', description: describe.history(historyCount) });
  return list;
}

function count(value: string, pattern: RegExp): number {
  return (value.match(pattern) ?? []).length;
}

/** Parts of a login Okta treats as "the username": pieces of 3+ characters between separators. */
function usernameParts(login: string): string[] {
  return login
    .toLowerCase()
    .split(/[@._\-+#,]/)
    .filter((part) => part.length >= 3);
}

/** The complexity requirements `password` does not meet (history is checked by the caller). */
export function unmetComplexity(password: string, complexity: PasswordComplexity, profile: UserProfile): PasswordRequirement[] {
  const unmet: PasswordRequirement[] = [];
  const lower = password.toLowerCase();
  if (password.length < complexity.minLength) unmet.push({ code: 'minLength', description: describe.minLength(complexity.minLength) });
  if (count(password, /[a-z]/g) < complexity.minLowerCase) unmet.push({ code: 'minLowerCase', description: describe.minLowerCase(complexity.minLowerCase) });
  if (count(password, /[A-Z]/g) < complexity.minUpperCase) unmet.push({ code: 'minUpperCase', description: describe.minUpperCase(complexity.minUpperCase) });
  if (count(password, /[0-9]/g) < complexity.minNumber) unmet.push({ code: 'minNumber', description: describe.minNumber(complexity.minNumber) });
  if (count(password, /[^A-Za-z0-9]/g) < complexity.minSymbol) unmet.push({ code: 'minSymbol', description: describe.minSymbol(complexity.minSymbol) });
  if (complexity.excludeUsername && usernameParts(profile.login).some((part) => lower.includes(part))) {
    unmet.push({ code: 'excludeUsername', description: describe.excludeUsername() });
  }
  const attrs = complexity.excludeAttributes ?? [];
  const hit = attrs.filter((attr) => {
    const value = profile[attr];
    return typeof value === 'string' && value.length >= 3 && lower.includes(value.toLowerCase());
  });
  if (hit.length > 0) unmet.push({ code: 'excludeAttributes', description: describe.excludeAttributes(hit) });
  return unmet;
}

export function historyRequirement(historyCount: number): PasswordRequirement {
  return { code: 'history', description: describe.history(historyCount) };
}
