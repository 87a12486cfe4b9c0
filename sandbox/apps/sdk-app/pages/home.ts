/** GET / — signed out: a way in; signed in: a welcome with the name from userinfo. */
import { escapeHtml } from '../../../lib/http.ts';
import { renderPage, type ProfileClaims } from '../../shared/layout.ts';
import { buttonForm } from './controls.ts';
import type { PageMessages } from './messages.ts';

export function homePage(appName: string, profile: ProfileClaims | undefined, messages: PageMessages): string {
  const body = profile
    ? `<p>Welcome, ${escapeHtml(profile.name || profile.preferred_username || profile.email || '')}</p>\n<p><a href="/profile">My profile</a></p>\n${buttonForm('/logout', 'Sign out')}`
    : `<p>You are not signed in.</p>\n<p><a href="/login">Sign in</a></p>`;
  return renderPage({ appName, heading: 'Home', ...messages, body });
}
