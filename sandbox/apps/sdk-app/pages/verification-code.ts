/** GET /enroll-authenticator/:key and /challenge-authenticator/:key — steps 9–10: the code. */
import { escapeHtml } from '../../../lib/http.ts';
import { renderPage } from '../../shared/layout.ts';
import type { SdkAppLook } from '../look.ts';
import { buttonForm, cancelButton, field, form } from './controls.ts';
import type { PageMessages } from './messages.ts';

export interface CodePageData {
  action: string;
  key: string;
  sentTo?: string;
  canResend: boolean;
}

export function verificationCodePage(look: SdkAppLook, data: CodePageData, messages: PageMessages): string {
  const { code } = look.words;
  const input = field({ name: 'verificationCode', label: code.input, autocomplete: 'one-time-code', inputmode: 'numeric', labelled: look.labelledInputs });
  const resend = data.canResend ? buttonForm('/resend', code.resend) : '';
  return renderPage({
    appName: look.appName,
    heading: code.heading,
    ...messages,
    body: [`<p id="code-destination">${escapeHtml(whereTheCodeWent(data))}</p>`, form(data.action, code.submit, input), resend, cancelButton(look.words.cancel)].join('\n'),
  });
}

function whereTheCodeWent({ key, sentTo }: CodePageData): string {
  if (key === 'okta_email') {
    return `We sent an email to ${sentTo ?? 'your email address'}. Enter the code from the email, or open the link in it in this browser.`;
  }
  if (key === 'phone_number') return `We sent a code by SMS to ${sentTo ?? 'your phone'}.`;
  return 'Enter the code from your authenticator.';
}
