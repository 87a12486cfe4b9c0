/**
 * Users, their password credential and their lifecycle. Logins are unique case-insensitively and
 * looked up the same way, as Okta does.
 */
import { OrgApiError, invalidStatus, notFound, validationFailed } from './errors.ts';
import { isoTime, newId, randomToken } from './ids.ts';
import { type PasswordHash, hashPassword, historyRequirement, matchesHash, unmetComplexity } from './passwords.ts';
import type { CreateUserInput, PasswordCheck, PasswordComplexity, User, UserProfile, UserStatus } from './types.ts';

export interface UserStoreDeps {
  now: () => number;
  passwordRules: (user: User) => { complexity: PasswordComplexity; historyCount: number };
  groupExists: (groupId: string) => boolean;
  addToGroup: (groupId: string, userId: string) => void;
  /** Whether the enrollment policy for members of these groups requires a password. */
  passwordRequiredFor: (groupIds: string[]) => boolean;
  /** Called after a user is removed, so other parts forget it. */
  onRemoved: (userId: string) => void;
}

export interface UserStore {
  create(input: CreateUserInput): User;
  /** By id, login (case-insensitive) or login short name (the part before `@`, when unique). */
  get(idOrLogin: string): User | undefined;
  /** Like `get`, but throws Okta's 404 (E0000007). */
  require(idOrLogin: string): User;
  /** All users, oldest first. */
  list(): User[];
  updateProfile(userId: string, profile: Partial<UserProfile>): User;
  hasPassword(userId: string): boolean;
  verifyPassword(userId: string, password: string): boolean;
  /** Complexity and history checks against the user's password policy, without changing anything. */
  checkPassword(userId: string, password: string): PasswordCheck;
  /** Set a new password if the policy allows it; leaves RECOVERY / PASSWORD_EXPIRED for ACTIVE. */
  setPassword(userId: string, password: string, options?: { enforcePolicy?: boolean }): PasswordCheck;
  recordLogin(userId: string): User;
  activate(userId: string): { user: User; activationToken: string };
  deactivate(userId: string): User;
  suspend(userId: string): User;
  unsuspend(userId: string): User;
  unlock(userId: string): User;
  expirePassword(userId: string): User;
  /** Moves the user to RECOVERY and returns a one-time recovery token. */
  resetPassword(userId: string): { user: User; recoveryToken: string };
  /** The user a recovery token was issued for (tokens stay valid until the password changes). */
  userForRecoveryToken(token: string): User | undefined;
  /** Remove a DEPROVISIONED user for good. */
  remove(userId: string): void;
}

const LOGIN_FORMAT = /^[^\s@]+@[^\s@]+$/;

interface Credential {
  current: PasswordHash | null;
  history: PasswordHash[];
}

export function createUserStore(deps: UserStoreDeps): UserStore {
  const users = new Map<string, User>();
  const byLogin = new Map<string, string>();
  const credentials = new Map<string, Credential>();
  const recoveryTokens = new Map<string, string>();
  const stamp = () => isoTime(deps.now());

  const get = (idOrLogin: string): User | undefined => {
    const direct = users.get(idOrLogin) ?? users.get(byLogin.get(idOrLogin.toLowerCase()) ?? '');
    if (direct || idOrLogin.includes('@')) return direct;
    const short = [...users.values()].filter((u) => u.profile.login.toLowerCase().split('@')[0] === idOrLogin.toLowerCase());
    return short.length === 1 ? short[0] : undefined;
  };
  const require = (idOrLogin: string): User => {
    const user = get(idOrLogin);
    if (!user) throw notFound(idOrLogin, 'User');
    return user;
  };
  const setStatus = (user: User, status: UserStatus): User => {
    const time = stamp();
    user.status = status;
    user.statusChanged = time;
    user.lastUpdated = time;
    return user;
  };
  const credentialOf = (userId: string): Credential => {
    let credential = credentials.get(userId);
    if (!credential) credentials.set(userId, (credential = { current: null, history: [] }));
    return credential;
  };

  const checkPassword = (userId: string, password: string): PasswordCheck => {
    const user = require(userId);
    const { complexity, historyCount } = deps.passwordRules(user);
    const unmet = unmetComplexity(password, complexity, user.profile);
    const recent = credentialOf(userId).history.slice(-historyCount);
    if (historyCount > 0 && recent.some((old) => matchesHash(password, old))) unmet.push(historyRequirement(historyCount));
    return unmet.length === 0 ? { ok: true } : { ok: false, unmet };
  };

  const storePassword = (user: User, password: string) => {
    const credential = credentialOf(user.id);
    credential.current = hashPassword(password);
    credential.history.push(credential.current);
    user.passwordChanged = stamp();
    user.lastUpdated = user.passwordChanged;
  };

  function validateProfile(profile: UserProfile | undefined): UserProfile {
    if (!profile || typeof profile !== 'object') throw validationFailed('profile', 'The field cannot be left blank');
    for (const field of ['login', 'email', 'firstName', 'lastName'] as const) {
      if (typeof profile[field] !== 'string' || !(profile[field] as string).trim()) throw validationFailed(field, 'The field cannot be left blank');
    }
    if (!LOGIN_FORMAT.test(profile.login)) throw validationFailed('login', 'Username must be in the form of an email address');
    if (!LOGIN_FORMAT.test(profile.email)) throw validationFailed('email', 'Does not match required pattern');
    if (byLogin.has(profile.login.toLowerCase())) {
      throw validationFailed('login', 'An object with this field already exists in the current organization');
    }
    return { ...profile };
  }

  function initialStatus(input: CreateUserInput): UserStatus {
    const activate = input.activate ?? true;
    if (input.nextLogin === 'changePassword') {
      if (!activate) throw new OrgApiError(400, 'E0000125', 'Activate must be true when nextLogin is changePassword.');
      if (!input.password) throw new OrgApiError(400, 'E0000124', 'Could not create user. To create a user and expire their password immediately, a password must be specified');
      return 'PASSWORD_EXPIRED';
    }
    if (!activate) return 'STAGED';
    if (input.password) return 'ACTIVE';
    // As in Okta: a user activated without a password is ACTIVE only where the enrollment policy
    // that applies to it makes the password optional (a password-optional group); else it waits
    // in PROVISIONED for the activation email.
    return deps.passwordRequiredFor(input.groupIds ?? []) ? 'PROVISIONED' : 'ACTIVE';
  }

  return {
    create(input) {
      const profile = validateProfile(input.profile);
      for (const groupId of input.groupIds ?? []) if (!deps.groupExists(groupId)) throw validationFailed('groupIds', `Group ${groupId} does not exist`);
      const status = initialStatus(input);
      const time = stamp();
      const user: User = {
        id: newId('00u'),
        status,
        created: time,
        activated: status === 'STAGED' ? null : time,
        statusChanged: status === 'STAGED' ? null : time,
        lastLogin: null,
        lastUpdated: time,
        passwordChanged: null,
        profile,
      };
      if (input.password !== undefined) {
        const check = checkPasswordFor(user, input.password, deps);
        if (!check.ok) throw passwordRejected(check.unmet.map((r) => r.description));
        storePassword(user, input.password);
      }
      users.set(user.id, user);
      byLogin.set(profile.login.toLowerCase(), user.id);
      for (const groupId of input.groupIds ?? []) deps.addToGroup(groupId, user.id);
      return user;
    },
    get,
    require,
    list: () => [...users.values()],
    updateProfile(userId, patch) {
      const user = require(userId);
      const next = { ...user.profile, ...patch } as UserProfile;
      for (const field of ['login', 'email'] as const) {
        if (typeof next[field] !== 'string' || !next[field].trim()) throw validationFailed(field, 'The field cannot be left blank');
      }
      const newLogin = next.login.toLowerCase();
      if (newLogin !== user.profile.login.toLowerCase()) {
        if (byLogin.has(newLogin)) throw validationFailed('login', 'An object with this field already exists in the current organization');
        byLogin.delete(user.profile.login.toLowerCase());
        byLogin.set(newLogin, user.id);
      }
      user.profile = next;
      user.lastUpdated = stamp();
      return user;
    },
    hasPassword: (userId) => Boolean(credentials.get(require(userId).id)?.current),
    verifyPassword(userId, password) {
      const current = credentials.get(require(userId).id)?.current;
      return Boolean(current && matchesHash(password, current));
    },
    checkPassword,
    setPassword(userId, password, { enforcePolicy = true } = {}) {
      const user = require(userId);
      const check = enforcePolicy ? checkPassword(user.id, password) : ({ ok: true } as const);
      if (!check.ok) return check;
      storePassword(user, password);
      for (const [token, owner] of recoveryTokens) if (owner === user.id) recoveryTokens.delete(token);
      if (user.status === 'RECOVERY' || user.status === 'PASSWORD_EXPIRED') setStatus(user, 'ACTIVE');
      return check;
    },
    recordLogin(userId) {
      const user = require(userId);
      user.lastLogin = stamp();
      return user;
    },
    activate(userId) {
      const user = require(userId);
      if (user.status === 'ACTIVE') throw new OrgApiError(403, 'E0000016', 'Activation failed because the user is already active');
      if (!['STAGED', 'PROVISIONED', 'DEPROVISIONED'].includes(user.status)) throw invalidStatus('activate', user.status);
      setStatus(user, credentials.get(user.id)?.current ? 'ACTIVE' : 'PROVISIONED');
      user.activated = user.statusChanged;
      return { user, activationToken: randomToken(20) };
    },
    deactivate(userId) {
      const user = require(userId);
      if (user.status === 'DEPROVISIONED') throw invalidStatus('deactivate', user.status);
      return setStatus(user, 'DEPROVISIONED');
    },
    suspend(userId) {
      const user = require(userId);
      if (user.status !== 'ACTIVE') throw invalidStatus('suspend', user.status);
      return setStatus(user, 'SUSPENDED');
    },
    unsuspend(userId) {
      const user = require(userId);
      if (user.status !== 'SUSPENDED') throw invalidStatus('unsuspend', user.status);
      return setStatus(user, 'ACTIVE');
    },
    unlock(userId) {
      const user = require(userId);
      if (user.status !== 'LOCKED_OUT') throw invalidStatus('unlock', user.status);
      return setStatus(user, 'ACTIVE');
    },
    expirePassword(userId) {
      const user = require(userId);
      if (!['ACTIVE', 'RECOVERY', 'PASSWORD_EXPIRED'].includes(user.status)) throw invalidStatus('expire the password of', user.status);
      return setStatus(user, 'PASSWORD_EXPIRED');
    },
    resetPassword(userId) {
      const user = require(userId);
      if (!['ACTIVE', 'RECOVERY', 'PASSWORD_EXPIRED', 'LOCKED_OUT'].includes(user.status)) throw invalidStatus('reset the password of', user.status);
      setStatus(user, 'RECOVERY');
      const recoveryToken = randomToken(20);
      recoveryTokens.set(recoveryToken, user.id);
      return { user, recoveryToken };
    },
    userForRecoveryToken: (token) => users.get(recoveryTokens.get(token) ?? ''),
    remove(userId) {
      const user = require(userId);
      if (user.status !== 'DEPROVISIONED') throw invalidStatus('delete', user.status);
      users.delete(user.id);
      byLogin.delete(user.profile.login.toLowerCase());
      credentials.delete(user.id);
      for (const [token, owner] of recoveryTokens) if (owner === user.id) recoveryTokens.delete(token);
      deps.onRemoved(user.id);
    },
  };
}

/** Complexity only: a brand-new user has no history. */
function checkPasswordFor(user: User, password: string, deps: UserStoreDeps): PasswordCheck {
  const unmet = unmetComplexity(password, deps.passwordRules(user).complexity, user.profile);
  return unmet.length === 0 ? { ok: true } : { ok: false, unmet };
}

function passwordRejected(descriptions: string[]): OrgApiError {
  return validationFailed('password', `Password requirements were not met. Password requirements: ${descriptions.join(', ')}.`);
}
