/**
 * A deliberately dishonest build of the SDK app that skips one guide step yet shows the user as
 * signed in (or signed out), with whatever identity it picked up on the way. The suite must fail
 * against each of them: proof that its verdicts come from evidence (the org's record, the pages
 * the guide prescribes), not from an app saying so. Used by checks/integration/suite-honesty.test.ts.
 * How to add one: name the step here, and branch on `app.skipStep` where the app would do it.
 */
import type { IdxTransaction } from '@okta/okta-auth-js';
import type { ProfileClaims } from '../shared/layout.ts';
import type { Session } from './session.ts';

export type SkippedStep =
  /** After the password, "signed in" without the second factor or any token. */
  | 'sign-in'
  /** The SMS code page accepts any code and shows the user signed in; the org is never asked. */
  | 'phone-verification'
  /** "Forgot password?" goes straight to a new-password page and then "signed in"; no email factor. */
  | 'recovery'
  /** Sign out only redirects home: the session and its tokens stay. */
  | 'sign-out';

export const SKIPPABLE_STEPS: readonly SkippedStep[] = ['sign-in', 'phone-verification', 'recovery', 'sign-out'];

/** Remembers who the org said the user is (IDX `context.user`), for a faked profile later. */
export function rememberUser(session: Session, transaction: IdxTransaction): void {
  const user = (transaction.context as unknown as { user?: { value?: { id?: string; identifier?: string } } } | undefined)?.user?.value;
  if (user?.id || user?.identifier) session.knownUser = { id: user.id, identifier: user.identifier };
}

/** Marks the session "signed in" with the identity the app happens to know; no tokens exist. */
export function fakeSignIn(session: Session, identifier?: string): void {
  const login = session.knownUser?.identifier ?? identifier ?? '';
  const profile: ProfileClaims = { sub: session.knownUser?.id, preferred_username: login, email: login, name: login };
  session.fakeProfile = profile;
  session.view = undefined;
}
