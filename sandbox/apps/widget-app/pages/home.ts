/** GET / — h1 Home with "Sign in"; home.js swaps in "My profile" when tokens are stored. */
import { renderPage } from '../../shared/layout.ts';

export function homePage(appName: string): string {
  return renderPage({
    appName,
    heading: 'Home',
    body: '<p id="home-signed-out">You are not signed in. <a href="/login">Sign in</a></p>\n' +
      '<p id="home-signed-in" hidden>You are signed in. <a href="/profile">My profile</a></p>',
    scripts: ['/static/home.js'],
  });
}
