/** GET /profile — step 12 of the guide: the user's claims from the OIDC userinfo endpoint. */
import { claimsTable, renderPage, type ProfileClaims } from '../../shared/layout.ts';
import { buttonForm } from './controls.ts';

export function profilePage(appName: string, profile: ProfileClaims): string {
  return renderPage({ appName, heading: 'My profile', body: `${claimsTable(profile)}\n${buttonForm('/logout', 'Sign out')}` });
}
