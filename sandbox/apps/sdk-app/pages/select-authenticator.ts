/** GET /select-authenticator — steps 3–4 of the guide: the authenticators the org offers (radios, or a <select> in the variant look). */
import { escapeHtml } from '../../../lib/http.ts';
import { renderPage } from '../../shared/layout.ts';
import type { SdkAppLook } from '../look.ts';
import type { AuthenticatorOption } from '../step-view.ts';
import { cancelButton, form } from './controls.ts';
import type { PageMessages } from './messages.ts';

export function selectAuthenticatorPage(look: SdkAppLook, options: AuthenticatorOption[], messages: PageMessages): string {
  const { select } = look.words;
  const choice = look.authenticatorChoice === 'select' ? selectBox(select.legend, options) : radios(select.legend, options);
  return renderPage({
    appName: look.appName,
    heading: select.heading,
    ...messages,
    body: `${form('/select-authenticator', select.submit, choice)}\n${cancelButton(look.words.cancel)}`,
  });
}

function radios(legend: string, options: AuthenticatorOption[]): string {
  const items = options
    .map((option, i) => {
      const id = `authenticator-${escapeHtml(option.key)}`;
      const checked = options.length === 1 || i === 0 ? ' checked' : '';
      return `<div><input type="radio" id="${id}" name="authenticator" value="${escapeHtml(option.key)}"${checked}> <label for="${id}" style="display:inline">${escapeHtml(option.label)}</label></div>`;
    })
    .join('\n');
  return `<fieldset><legend>${escapeHtml(legend)}</legend>\n${items}\n</fieldset>`;
}

/** The variant look: one unlabelled <select> with a placeholder option, as many sample apps have. */
function selectBox(caption: string, options: AuthenticatorOption[]): string {
  const items = options.map((option) => `<option value="${escapeHtml(option.key)}">${escapeHtml(option.label)}</option>`).join('');
  return `<div class="caption">${escapeHtml(caption)}</div>\n<select name="authenticator"><option value="">Choose one</option>${items}</select>`;
}
