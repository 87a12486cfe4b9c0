/** GET /reset-password — the new password, with the org's password policy spelled out. */
import { escapeHtml } from '../../../lib/http.ts';
import { renderPage } from '../../shared/layout.ts';
import type { SdkAppLook } from '../look.ts';
import { cancelButton, field, form } from './controls.ts';
import type { PageMessages } from './messages.ts';

export function resetPasswordPage(look: SdkAppLook, requirements: string[], messages: PageMessages): string {
  const { reset } = look.words;
  const labelled = look.labelledInputs;
  const list = requirements.length
    ? `<h2 id="requirements">Password requirements</h2>\n<ul aria-labelledby="requirements">${requirements.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>`
    : '';
  const fields = [
    field({ name: 'newPassword', label: reset.newPassword, type: 'password', autocomplete: 'new-password', labelled }),
    field({ name: 'confirmPassword', label: reset.confirm, type: 'password', autocomplete: 'new-password', labelled }),
  ].join('\n');
  return renderPage({
    appName: look.appName,
    heading: reset.heading,
    ...messages,
    body: `${list}\n${form('/reset-password', reset.submit, fields)}\n${cancelButton(look.words.cancel)}`,
  });
}
