/** GET /login — step 1 of the guide: username and password. */
import { renderPage } from '../../shared/layout.ts';
import { field, form } from './controls.ts';
import type { PageMessages } from './messages.ts';

export function loginPage(appName: string, messages: PageMessages, username = ''): string {
  const body = form(
    '/login',
    'Sign in',
    [
      field({ name: 'username', label: 'Username', autocomplete: 'username', value: username }),
      field({ name: 'password', label: 'Password', type: 'password', autocomplete: 'current-password' }),
    ].join('\n'),
  );
  return renderPage({
    appName,
    heading: 'Sign in',
    ...messages,
    body: `${body}\n<p><a href="/recover-password">Forgot password?</a></p>`,
  });
}
