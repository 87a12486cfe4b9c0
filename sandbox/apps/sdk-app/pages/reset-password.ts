/** GET /reset-password — the new password, with the org's password policy spelled out. */
import { escapeHtml } from '../../../lib/http.ts';
import { renderPage } from '../../shared/layout.ts';
import { cancelButton, field, form } from './controls.ts';
import type { PageMessages } from './messages.ts';

export function resetPasswordPage(appName: string, requirements: string[], messages: PageMessages): string {
  const list = requirements.length
    ? `<h2 id="requirements">Password requirements</h2>\n<ul aria-labelledby="requirements">${requirements.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>`
    : '';
  const fields = [
    field({ name: 'newPassword', label: 'New password', type: 'password', autocomplete: 'new-password' }),
    field({ name: 'confirmPassword', label: 'Confirm new password', type: 'password', autocomplete: 'new-password' }),
  ].join('\n');
  return renderPage({
    appName,
    heading: 'Set a new password',
    ...messages,
    body: `${list}\n${form('/reset-password', 'Reset password', fields)}\n${cancelButton()}`,
  });
}
