/** GET /profile — step 12 of the guide: the user's claims from the OIDC userinfo endpoint. */
import { claimsTable, renderPage, type ProfileClaims } from '../../shared/layout.ts';
import type { SdkAppLook } from '../look.ts';
import { buttonForm } from './controls.ts';

export function profilePage(look: SdkAppLook, profile: ProfileClaims): string {
  return renderPage({ appName: look.appName, heading: look.words.profile, body: `${claimsTable(profile)}\n${buttonForm('/logout', look.words.signOut)}` });
}
