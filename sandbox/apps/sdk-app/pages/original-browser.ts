/** The magic link was opened where no matching sign-in is in progress (another browser or device). */
import { renderPage } from '../../shared/layout.ts';

export function originalBrowserPage(appName: string): string {
  return renderPage({
    appName,
    heading: 'Enter the code in your original browser',
    body:
      '<p>This link only works in the browser where you started. Go back to that browser and enter the ' +
      'verification code from the email there.</p>\n<p><a href="/login">Sign in</a></p>',
  });
}
