/** Step 12 of the guide: the signed-in user's profile from the org's OIDC userinfo endpoint. */
import type { ProfileClaims } from '../shared/layout.ts';
import type { SdkAppContext } from './advance.ts';
import { createAuthClient } from './auth-client.ts';
import type { Session } from './session.ts';

/** The userinfo claims, or undefined when the session has no (or no longer valid) tokens. */
export async function loadProfile(app: SdkAppContext, session: Session | undefined): Promise<ProfileClaims | undefined> {
  if (!session) return undefined;
  if (session.fakeProfile) return session.fakeProfile;
  const client = createAuthClient(app.auth, session);
  const { accessToken, idToken } = client.tokenManager.getTokensSync();
  if (!accessToken || !idToken) return undefined;
  try {
    return (await client.token.getUserInfo(accessToken, idToken)) as ProfileClaims;
  } catch (error) {
    // A revoked or expired token means signed out; the page then offers Sign in.
    process.stderr.write(`[${app.appName}] userinfo failed: ${(error as Error).message}\n`);
    client.tokenManager.clear();
    return undefined;
  }
}
