/**
 * What the OAuth and IDX layers need to know about the org, as one narrow interface. The in-memory
 * store implements the data; `store-directory.ts` adapts it, so flow logic never depends on the
 * store's internal shapes.
 */

export type EnrollRequirement = 'REQUIRED' | 'OPTIONAL' | 'NOT_ALLOWED';

export interface DirAuthenticator {
  id: string;
  key: string;
  /** `password`, `email`, `phone`, … */
  type: string;
  name: string;
  active: boolean;
  /** Active method types, e.g. `['sms']` for the phone authenticator. */
  methods: string[];
  /** `any`, `sso`, `recovery` or `none`. */
  allowedFor: string;
  tokenLifetimeMinutes: number;
}

export interface DirUser {
  id: string;
  login: string;
  status: string;
  firstName: string;
  lastName: string;
  email: string;
  locale: string;
  timeZone: string;
  lastUpdated: string;
}

export interface DirEnrollment {
  id: string;
  key: string;
  /** The email address or E.164 phone number the enrollment delivers to. */
  destination?: string;
}

export interface DirApp {
  clientId: string;
  label: string;
  active: boolean;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  grantTypes: string[];
  /** The "email verification experience" callback (magic links land here with otp and state). */
  emailVerifyUrl?: string;
  /** `none` (public: PKCE only), `client_secret_basic` or `client_secret_post` (confidential). */
  tokenEndpointAuthMethod: 'none' | 'client_secret_basic' | 'client_secret_post';
  clientSecret?: string;
}

export interface AccessRequirement {
  allow: boolean;
  factorMode: '1FA' | '2FA';
  passwordRequired: boolean;
  /** Authenticator keys that may satisfy the policy. */
  allowedKeys: string[];
}

export interface PasswordComplexity {
  minLength: number;
  minLowerCase: number;
  minUpperCase: number;
  minNumber: number;
  minSymbol: number;
  excludeUsername: boolean;
  excludeAttributes: string[];
}

export interface PasswordRules {
  complexity: PasswordComplexity;
  age: { minAgeMinutes: number; historyCount: number };
  /** Authenticator keys allowed to recover a password (`okta_email`, `phone_number`). */
  recoveryKeys: string[];
  recoveryAllowed: boolean;
  /** Lifetime of a recovery email's code and link (the policy's recovery token), when set. */
  recoveryTokenMinutes?: number;
}

export type SetPasswordResult = { ok: true } | { ok: false; unmet: string[] };

export type SendPermit = { allowed: true } | { allowed: false; errorCode: string; errorSummary: string };

export interface TokenGrant {
  userId: string;
  clientId: string;
  /** The authorization server that issued them (`default` or the org's). */
  authServerId: string;
  tokenTypes: Array<'access_token' | 'id_token'>;
}

export interface Directory {
  app(clientId: string): DirApp | undefined;
  authenticators(): DirAuthenticator[];
  findUser(identifier: string): DirUser | undefined;
  user(id: string): DirUser | undefined;
  verifyPassword(userId: string, password: string): boolean;
  enrollments(userId: string): DirEnrollment[];
  enrollPhone(userId: string, phoneNumber: string): DirEnrollment;
  setPassword(userId: string, password: string): SetPasswordResult;
  /** A sign-in through `clientId` completed: `lastLogin` moves and the System Log records the session. */
  recordLogin(userId: string, clientId: string): void;
  /** Tokens were issued to `clientId` for the user (one System Log event per token type, as Okta logs them). */
  recordTokenGrant(grant: TokenGrant): void;
  /** A factor answered its challenge (System Log `user.authentication.auth_via_mfa`). */
  recordFactorVerified(userId: string, key: string): void;
  enrollmentPolicy(userId: string): Record<string, EnrollRequirement>;
  accessPolicy(clientId: string, userId?: string): AccessRequirement;
  /** Assigned directly, through a group (Everyone included), or by implicit assignment. */
  isAssigned(clientId: string, userId: string): boolean;
  passwordPolicy(userId?: string): PasswordRules;
  /** Okta's per-destination throttle: records the send when allowed. */
  takeSend(channel: 'email' | 'sms', destination: string): SendPermit;
  /** An ACTIVE authorization server (`org` or a custom id) with its audience and scopes. */
  authServer(id: string): AuthServerInfo | undefined;
}

export interface AuthServerInfo {
  id: string;
  /** The access-token `aud`. */
  audience: string | undefined;
  scopes: string[];
  grantTypes: string[];
  accessTokenMinutes: number;
  idTokenMinutes: number;
}
