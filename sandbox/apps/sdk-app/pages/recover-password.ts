/** GET /recover-password — the recovery flow's first step: who forgot their password. */
import { escapeHtml } from '../../../lib/http.ts';
import { renderPage } from '../../shared/layout.ts';
import type { SdkAppLook } from '../look.ts';
import { field, form } from './controls.ts';
import type { PageMessages } from './messages.ts';

export function recoverPasswordPage(look: SdkAppLook, messages: PageMessages, username = ''): string {
  const { recover } = look.words;
  const body = form('/recover-password', recover.submit, field({ name: 'username', label: recover.username, autocomplete: 'username', value: username, labelled: look.labelledInputs }));
  // Nothing to cancel at the IDX level yet; the button just goes back, as the other pages' Cancel does.
  const cancel = `<form method="get" action="${escapeHtml(look.cancelTo)}" class="actions"><button type="submit">${escapeHtml(look.words.cancel)}</button></form>`;
  return renderPage({ appName: look.appName, heading: recover.heading, ...messages, body: `${body}\n${cancel}` });
}
