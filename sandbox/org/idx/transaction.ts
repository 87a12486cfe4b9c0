/**
 * One sign-in transaction, from `/v1/interact` to the token exchange. State lives here, keyed by
 * the interaction handle and the state handle, never by cookies: the recovery flow sends none.
 */

export type Step =
  | 'identify'
  | 'identify-recovery'
  | 'select-authenticator-enroll'
  | 'authenticator-enrollment-data'
  | 'enroll-authenticator'
  | 'select-authenticator-authenticate'
  | 'authenticator-verification-data'
  | 'challenge-authenticator'
  | 'reset-authenticator'
  | 'success';

export interface Challenge {
  key: string;
  /** Enrollment being verified; absent while enrolling a new phone. */
  enrollmentId?: string;
  method: string;
  /** Email address or E.164 number; absent for a phantom (unknown) user. */
  destination?: string;
  otp: string;
  expiresAt: number;
  /** The magic-link token of an email challenge (not the OTP). */
  linkToken?: string;
  /** Set when the magic link was opened and verified on the org itself (no app callback). */
  verifiedByLink?: boolean;
}

export interface Transaction {
  interactionHandle: string;
  stateHandle: string;
  clientId: string;
  authServerId: string;
  redirectUri: string;
  scopes: string[];
  state: string;
  nonce?: string;
  codeChallenge: string;
  createdAt: number;
  expiresAt: number;
  step: Step;
  recovery: boolean;
  userId?: string;
  /** The identifier typed by someone whose account does not exist (user-enumeration protection). */
  phantomIdentifier?: string;
  /** Authenticator keys verified in this transaction, in order (they become `amr`). */
  verified: string[];
  /** Authenticator picked in a select step (`key`, plus the enrollment when authenticating). */
  selected?: { key: string; enrollmentId?: string };
  challenge?: Challenge;
  interactionCode?: string;
  completedAt?: number;
  /** The interaction code was exchanged for tokens. */
  redeemed?: boolean;
}

export interface InteractionCode {
  code: string;
  stateHandle: string;
  expiresAt: number;
  used: boolean;
}
