/**
 * What "signed in" and "no session" mean in this suite, judged from evidence every app leaves.
 * Signed in: the app shows a signed-in page (and the user's claims where its driver says it shows
 * them), AND the org's System Log records a session start and ID and access token grants for this
 * user and this app's client id, AND the user's lastLogin is set; an ID token the browser holds is
 * verified when the app keeps one there (never required). No session: the app's protected page (or
 * home) offers sign-in again, AND the org recorded no new sign-in or grant.
 */
import { expect, test } from '@playwright/test';
import type { AppDriver } from '../../pages/driver/app-driver.ts';
import type { ClaimName, IdentityView } from '../../pages/common/identity-view.ts';
import type { OktaAdmin } from '../okta/admin-client.ts';
import { readSignInRecord, type SignInRecord } from '../okta/sign-in-record.ts';
import type { TestUser } from '../test-user.ts';
import { hasActiveSmsFactor } from '../okta/factors.ts';
import { countOrgEvents, orgEventsFor } from '../okta/system-log.ts';
import { tokenFingerprint } from '../tokens/fingerprint.ts';
import { verifyIdToken } from '../tokens/id-token.ts';
import { allInOrder } from './all-in-order.ts';

/** The org the apps sign in to: where the evidence of a sign-in is read. */
export interface OrgEvidence {
  admin: OktaAdmin;
  issuer: string;
}

/** The org may publish System Log events a moment after the page moved on (Okta: a few seconds). */
const ORG_EVIDENCE_TIMEOUT_MS = 15_000;

/** The org's record of the user's sign-ins to `app`, to compare with later (`expectNoNewSignIn`). */
export async function signInRecord(org: OrgEvidence, app: AppDriver, user: TestUser): Promise<SignInRecord> {
  return readSignInRecord(org.admin, user.id, app.clientId);
}

/**
 * `after` names the guide step that should have signed the user in ("after the new password is
 * set"), so a failure says which step broke.
 */
export async function expectSignedIn(app: AppDriver, user: TestUser, org: OrgEvidence, before?: SignInRecord, after = 'after sign-in'): Promise<IdentityView | undefined> {
  const identity = await app.showIdentity(after).catch(async (error: unknown) => {
    await explainMissingSignedInPage(app, user, org, before, after);
    throw error;
  });
  await allInOrder([
    identity ? expectClaimsOf(identity, app.traits.shownClaims, user) : undefined,
    expectOrgRecordedSignIn(org, app, user, before),
    expectIssuedIdTokensValid(app, org, user),
    expectBrowserTokenFor(app, user, org),
  ]);
  return identity;
}

/**
 * Every ID token the org's token endpoint handed this browser verifies against the org's published
 * keys (signature, iss, aud, expiry) and names the user. Compared by claims: never printed.
 */
export async function expectIssuedIdTokensValid(app: AppDriver, org: OrgEvidence, user?: TestUser): Promise<void> {
  for (const idToken of await app.issued.idTokens()) {
    const claims = await verifyIdToken(idToken, { issuer: org.issuer, clientId: app.clientId });
    if (user) expect(claims.sub, "the ID token the org issued to the browser names the test user").toBe(user.id);
  }
}

/**
 * No signed-in page came. Where the evidence tells which step broke, fail with that instead of the
 * page's generic expectation: an ID token the org issued that does not verify (the app was right
 * to refuse it), or a sign-in the org completed (session, token grants) that the app did not keep.
 * Otherwise returns, and the page's expectation stands.
 */
async function explainMissingSignedInPage(app: AppDriver, user: TestUser, org: OrgEvidence, before: SignInRecord | undefined, after: string): Promise<void> {
  // A signed-in page that failed later (no claims behind its profile link) is that page's failure.
  if (await app.signedInPage().isVisible()) return;
  await expectIssuedIdTokensValid(app, org);
  const record = await signInRecord(org, app, user).catch(() => undefined);
  if (!record) return;
  const done = summarize(record, before ?? NO_SIGN_IN);
  if (!(done.newSession && done.newIdTokenGrant && done.newAccessTokenGrant)) return;
  const seen = (await app.signInOffered().first().isVisible()) ? 'the app offers sign-in again' : 'no signed-in page';
  expect(seen, `${after}, the app keeps the sign-in the org completed (System Log: session start and token grants for the test user ` +
    `at client ${app.clientId}) and shows the user signed in`).toBe('a signed-in page');
}

/** The claims the app shows are exactly this user's. */
export async function expectClaimsOf(identity: IdentityView, claims: ClaimName[], user: TestUser): Promise<void> {
  const values: Record<ClaimName, string> = { sub: user.id, email: user.email, preferred_username: user.login, name: `${user.firstName} ${user.lastName}` };
  await allInOrder(claims.map((claim) =>
    expect(identity.claim(claim), `the signed-in page shows the test user's ${claim} (locator key identity.claim)`).toContainText(values[claim])));
}

/** The System Log has the session start and both token grants for this user and client, and lastLogin moved. */
export async function expectOrgRecordedSignIn(org: OrgEvidence, app: AppDriver, user: TestUser, before?: SignInRecord): Promise<void> {
  const base = before ?? NO_SIGN_IN;
  await expect
    .poll(async () => summarize(await signInRecord(org, app, user), base), {
      message: `the org records the sign-in of the test user to client ${app.clientId} (System Log: user.session.start, ID and access token grants; lastLogin)`,
      timeout: ORG_EVIDENCE_TIMEOUT_MS,
    })
    .toEqual({ newSession: true, newIdTokenGrant: true, newAccessTokenGrant: true, lastLoginMoved: true });
}

/** Nothing new since `before`: no session start, no token grant, lastLogin unchanged. */
export async function expectNoNewSignIn(org: OrgEvidence, app: AppDriver, user: TestUser, before: SignInRecord): Promise<void> {
  const now = await signInRecord(org, app, user);
  expect(summarize(now, before), `the org recorded no new sign-in or token grant for the test user at client ${app.clientId}`).toEqual({
    newSession: false,
    newIdTokenGrant: false,
    newAccessTokenGrant: false,
    lastLoginMoved: false,
  });
}

/** No session: the app's protected page (or home) offers sign-in again, and shows no one. */
export async function expectNoAppSession(app: AppDriver): Promise<void> {
  await test.step('The app has no session: it offers sign-in again', async () => {
    await app.openProtectedPage();
    const where = app.traits.protectedPath ? `the protected page ${app.traits.protectedPath}` : 'the home page';
    await expect(app.signInOffered().first(), `a signed-out browser on ${where} is offered sign-in (home.signInLink or the sign-in form)`).toBeVisible();
    await expect(app.identity.heading, 'no signed-in user is shown without a session').toBeHidden();
  });
}

/** No session in the app and nothing new at the org since `before`. */
export async function expectNoSession(app: AppDriver, user: TestUser, org: OrgEvidence, before: SignInRecord): Promise<void> {
  await expectNoAppSession(app);
  await expectNoNewSignIn(org, app, user, before);
}

async function expectBrowserTokenFor(app: AppDriver, user: TestUser, org: OrgEvidence): Promise<void> {
  const idToken = await app.browserIdToken();
  if (idToken === undefined) return;
  expect(idToken, `the app keeps an ID token in the browser (storage key "${app.traits.browserTokenStorageKey}", as its driver declares)`).toBeTruthy();
  const claims = await verifyIdToken(idToken ?? '', { issuer: org.issuer, clientId: app.clientId });
  expect(claims.sub, "the ID token's subject is the test user").toBe(user.id);
  expect(String(claims.email ?? '').toLowerCase(), "the ID token's email is the test user's").toBe(user.email);
}

/**
 * Sign-out revoked the app's tokens at the org (the System Log's token revocation for this user and
 * client), not only forgot them in the app: a forgotten but live token still opens the user's data.
 */
export async function expectOrgRecordedRevocation(org: OrgEvidence, app: AppDriver, user: TestUser): Promise<void> {
  // The user was created by this test: every revocation of theirs in the log is this sign-out's.
  const since = new Date(Date.now() - ORG_LOG_LOOKBACK_MS);
  await expect
    .poll(async () => (await orgEventsFor(org.admin, user.id, 'tokenRevoked', since)).filter((e) => !e.clientId || e.clientId === app.clientId).length, {
      message: `sign-out revokes the tokens at the org (System Log: app.oauth2[.as].token.revoke for the test user at client ${app.clientId})`,
      timeout: ORG_EVIDENCE_TIMEOUT_MS,
    })
    .toBeGreaterThan(0);
}

/**
 * The org recorded (at least) `count` messages of `effect` to `destination` for the user: a code
 * the page says was sent was really sent, to the number or address the user gave.
 */
export async function expectOrgSent(org: OrgEvidence, user: TestUser, effect: 'smsSent' | 'emailSent', destination: string, count = 1): Promise<void> {
  const what = effect === 'smsSent' ? 'SMS' : 'email';
  const since = new Date(Date.now() - ORG_LOG_LOOKBACK_MS);
  await expect
    .poll(async () => countOrgEvents(org.admin, user.id, effect, since, destination), {
      message: `the org sent ${count === 1 ? 'the' : count} ${what} to ${destination} (System Log: ${what} sent for the test user)`,
      timeout: ORG_EVIDENCE_TIMEOUT_MS,
    })
    .toBeGreaterThanOrEqual(count);
}

/** The org holds the phone the user just verified as an ACTIVE SMS factor (the enrollment was saved). */
export async function expectOrgEnrolledPhone(org: OrgEvidence, user: TestUser, phoneNumber: string): Promise<void> {
  await expect
    .poll(() => hasActiveSmsFactor(org.admin, user.id, phoneNumber), {
      message: `the org saved the verified phone ${phoneNumber} as an active SMS factor of the test user (Management API: user factors)`,
      timeout: ORG_EVIDENCE_TIMEOUT_MS,
    })
    .toBe(true);
}

/**
 * The browser holds no ID token any more. Compared by presence, and a token that is there shows
 * only as its fingerprint: an assertion message must never print a token.
 */
export async function expectNoBrowserToken(app: AppDriver, message: string): Promise<void> {
  const idToken = await app.browserIdToken();
  expect(idToken ? `an ID token (${tokenFingerprint(idToken)})` : 'no ID token', message).toBe('no ID token');
}

const NO_SIGN_IN: SignInRecord = { lastLogin: null, sessionStarts: 0, idTokenGrants: 0, accessTokenGrants: 0 };

/** How far back the org's log is read for a user this test created (covers clock skew with the org). */
const ORG_LOG_LOOKBACK_MS = 60 * 60_000;

function summarize(now: SignInRecord, before: SignInRecord) {
  return {
    newSession: now.sessionStarts > before.sessionStarts,
    newIdTokenGrant: now.idTokenGrants > before.idTokenGrants,
    newAccessTokenGrant: now.accessTokenGrants > before.accessTokenGrants,
    lastLoginMoved: now.lastLogin !== null && (before.lastLogin === null || now.lastLogin.getTime() > before.lastLogin.getTime()),
  };
}
