/** GET /login — step 1 of the guide: username and password. */
import { escapeHtml } from '../../../lib/http.ts';
import { renderPage } from '../../shared/layout.ts';
import type { SdkAppLook } from '../look.ts';
import { field, form } from './controls.ts';
import type { PageMessages } from './messages.ts';

export function loginPage(look: SdkAppLook, messages: PageMessages, username = ''): string {
  const { login } = look.words;
  const labelled = look.labelledInputs;
  const body = form(
    '/login',
    login.submit,
    [
      field({ name: 'username', label: login.username, autocomplete: 'username', value: username, labelled }),
      field({ name: 'password', label: login.password, type: 'password', autocomplete: 'current-password', labelled }),
    ].join('\n'),
  );
  return renderPage({
    appName: look.appName,
    heading: login.heading,
    ...messages,
    body: `${body}\n<p><a href="/recover-password">${escapeHtml(login.forgot)}</a></p>`,
  });
}
