/** The records the store keeps. Secrets (password hashes) never appear on these objects. */
import type { AuthenticatorKey, EnrollRequirement, PasswordComplexity } from '../config/index.ts';

export type { AuthenticatorKey, EnrollRequirement, PasswordComplexity };

export type UserStatus =
  | 'STAGED'
  | 'PROVISIONED'
  | 'ACTIVE'
  | 'RECOVERY'
  | 'LOCKED_OUT'
  | 'PASSWORD_EXPIRED'
  | 'SUSPENDED'
  | 'DEPROVISIONED';

export interface UserProfile {
  login: string;
  email: string;
  firstName?: string | null;
  lastName?: string | null;
  mobilePhone?: string | null;
  [attribute: string]: unknown;
}

export interface User {
  id: string;
  status: UserStatus;
  created: string;
  activated: string | null;
  statusChanged: string | null;
  lastLogin: string | null;
  lastUpdated: string;
  passwordChanged: string | null;
  profile: UserProfile;
}

export interface CreateUserInput {
  profile: UserProfile;
  password?: string;
  /** Default true, as in Okta's API. */
  activate?: boolean;
  /** `changePassword` makes the user PASSWORD_EXPIRED right away (needs a password and activate). */
  nextLogin?: 'changePassword';
  groupIds?: string[];
}

export type EnrollmentType = 'password' | 'email' | 'phone';
export type PhoneMethod = 'sms' | 'voice';

/** One authenticator enrollment; the same record is the user's factor in the Factors API. */
export interface Enrollment {
  /** Shared by both APIs: `mbl…` (phone), `emf…` (email), `lae…` (password). */
  id: string;
  userId: string;
  key: AuthenticatorKey;
  type: EnrollmentType;
  authenticatorId: string;
  status: 'ACTIVE' | 'PENDING_ACTIVATION';
  /** `sms`/`voice` for phone (Factors API `sms`/`call`), `email`, `password`. */
  method: PhoneMethod | 'email' | 'password';
  profile: { phoneNumber?: string; email?: string };
  created: string;
  lastUpdated: string;
  /** True for enrollments derived from other data (a password credential, the default email). */
  derived: boolean;
}

export interface Group {
  id: string;
  type: 'BUILT_IN' | 'OKTA_GROUP';
  profile: { name: string; description: string };
  created: string;
  lastUpdated: string;
  lastMembershipUpdated: string;
}

export interface PasswordRequirement {
  /** minLength | minLowerCase | minUpperCase | minNumber | minSymbol | excludeUsername | excludeAttributes | history */
  code: string;
  /** Okta's wording of the requirement, e.g. "At least 8 characters". */
  description: string;
}

export type PasswordCheck = { ok: true } | { ok: false; unmet: PasswordRequirement[] };

export interface LogActor {
  id: string;
  type: string;
  alternateId?: string;
  displayName?: string;
}

export interface LogTarget extends LogActor {
  detailEntry?: Record<string, unknown> | null;
}

export interface LogEventInput {
  eventType: string;
  displayMessage: string;
  outcome?: { result: 'SUCCESS' | 'FAILURE' | 'SKIPPED' | 'ALLOW' | 'DENY' | 'CHALLENGE' | 'UNKNOWN'; reason?: string | null };
  actor?: LogActor;
  target?: LogTarget[];
  client?: { ipAddress?: string; userAgent?: string; id?: string };
  severity?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
  debugData?: Record<string, unknown>;
  transactionId?: string;
}

export interface LogEvent {
  uuid: string;
  published: string;
  eventType: string;
  version: '0';
  severity: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
  legacyEventType: string | null;
  displayMessage: string;
  actor: LogActor & { detailEntry: null };
  client: {
    userAgent: { rawUserAgent: string; os: string; browser: string };
    zone: string;
    device: string;
    id: string | null;
    ipAddress: string;
    geographicalContext: null;
  };
  outcome: { result: string; reason: string | null };
  target: LogTarget[];
  transaction: { type: 'WEB'; id: string; detail: Record<string, unknown> };
  debugContext: { debugData: Record<string, unknown> };
  authenticationContext: { authenticationStep: number; externalSessionId: string | null };
  securityContext: Record<string, unknown>;
  request: { ipChain: unknown[] };
}

export interface LogQuery {
  /** Inclusive lower bound, epoch ms. */
  since?: number;
  /** Exclusive upper bound, epoch ms. */
  until?: number;
  filter?: (event: LogEvent) => boolean;
  limit?: number;
}
