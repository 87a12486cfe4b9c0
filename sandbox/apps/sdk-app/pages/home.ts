/** GET / — signed out: a way in; signed in: a welcome with the name from userinfo (and, in the variant look, the claims). */
import { escapeHtml } from '../../../lib/http.ts';
import { renderPage, type ProfileClaims } from '../../shared/layout.ts';
import type { SdkAppLook } from '../look.ts';
import { buttonForm } from './controls.ts';
import type { PageMessages } from './messages.ts';

export function homePage(look: SdkAppLook, profile: ProfileClaims | undefined, messages: PageMessages): string {
  const { words } = look;
  const name = profile ? escapeHtml(profile.name || profile.preferred_username || profile.email || '') : '';
  const signedIn = look.profilePage
    ? `<p>${escapeHtml(words.welcome)}${name}</p>\n<p><a href="/profile">${escapeHtml(words.profileLink)}</a></p>`
    : `<p>${escapeHtml(words.welcome)}${name}</p>\n${claimList(profile ?? {})}`;
  const body = profile
    ? `${signedIn}\n${buttonForm('/logout', words.signOut)}`
    : `<p>You are not signed in.</p>\n<p><a href="/login">${escapeHtml(words.signInLink)}</a></p>`;
  return renderPage({ appName: look.appName, heading: words.home, ...messages, body });
}

/** The variant look's claims: a description list keyed by claim name, not the reference table. */
function claimList(claims: ProfileClaims): string {
  const names: Array<keyof ProfileClaims> = ['name', 'email', 'preferred_username', 'sub'];
  const items = names.map((claim) => `<dt>${claim}</dt><dd data-claim="${claim}">${escapeHtml(claims[claim] ?? '')}</dd>`).join('\n');
  return `<dl class="claims">\n${items}\n</dl>`;
}

