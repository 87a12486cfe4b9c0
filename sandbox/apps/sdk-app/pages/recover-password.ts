/** GET /recover-password — the recovery flow's first step: who forgot their password. */
import { renderPage } from '../../shared/layout.ts';
import { field, form } from './controls.ts';
import type { PageMessages } from './messages.ts';

export function recoverPasswordPage(appName: string, messages: PageMessages, username = ''): string {
  const body = form('/recover-password', 'Next', field({ name: 'username', label: 'Username', autocomplete: 'username', value: username }));
  // Nothing to cancel at the IDX level yet; the button just goes back, as the other pages' Cancel does.
  const cancel = `<form method="get" action="/login" class="actions"><button type="submit">Cancel</button></form>`;
  return renderPage({ appName, heading: 'Reset your password', ...messages, body: `${body}\n${cancel}` });
}
