/** GET /select-authenticator — steps 3–4 of the guide: the authenticators the org offers. */
import { escapeHtml } from '../../../lib/http.ts';
import { renderPage } from '../../shared/layout.ts';
import type { AuthenticatorOption } from '../step-view.ts';
import { cancelButton, form } from './controls.ts';
import type { PageMessages } from './messages.ts';

export function selectAuthenticatorPage(appName: string, options: AuthenticatorOption[], messages: PageMessages): string {
  const radios = options
    .map((option, i) => {
      const id = `authenticator-${escapeHtml(option.key)}`;
      const checked = options.length === 1 || i === 0 ? ' checked' : '';
      return `<div><input type="radio" id="${id}" name="authenticator" value="${escapeHtml(option.key)}"${checked}> <label for="${id}" style="display:inline">${escapeHtml(option.label)}</label></div>`;
    })
    .join('\n');
  const fieldset = `<fieldset><legend>Choose how to verify your identity</legend>\n${radios}\n</fieldset>`;
  return renderPage({
    appName,
    heading: 'Select an authenticator',
    ...messages,
    body: `${form('/select-authenticator', 'Continue', fieldset)}\n${cancelButton()}`,
  });
}
