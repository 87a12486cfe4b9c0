/** The users the scenarios need, and what a test knows about the one it created. */
export type TestUserKind =
  /** Password only: flow 1 enrolls a phone during sign-in. */
  | 'password'
  /** Password and an active SMS factor: flow 1's enrolled-phone variant. */
  | 'password+sms'
  /** Password and an active email factor: flow 2 (recovery by email). */
  | 'password+email'
  /** Email factor only, no password: flow 3 (email-only sign-in with the widget). */
  | 'email';

export interface TestUser {
  id: string;
  kind: TestUserKind;
  login: string;
  email: string;
  firstName: string;
  lastName: string;
  status: string;
  /** Absent for email-only users. Never logged or attached. */
  password?: string;
  phoneNumber?: string;
}
