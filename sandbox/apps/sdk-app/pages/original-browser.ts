/** The magic link was opened where no matching sign-in is in progress (another browser or device). */
import { renderPage } from '../../shared/layout.ts';
import type { SdkAppLook } from '../look.ts';

export function originalBrowserPage(look: SdkAppLook): string {
  return renderPage({
    appName: look.appName,
    heading: look.words.originalBrowser,
    body:
      '<p>This link only works in the browser where you started. Go back to that browser and enter the ' +
      'verification code from the email there.</p>\n<p><a href="/login">Sign in</a></p>',
  });
}
