/** GET /enroll-authenticator/:key and /challenge-authenticator/:key — steps 9–10: the code. */
import { escapeHtml } from '../../../lib/http.ts';
import { renderPage } from '../../shared/layout.ts';
import { buttonForm, cancelButton, field, form } from './controls.ts';
import type { PageMessages } from './messages.ts';

export interface CodePageData {
  action: string;
  key: string;
  sentTo?: string;
  canResend: boolean;
}

export function verificationCodePage(appName: string, data: CodePageData, messages: PageMessages): string {
  const input = field({ name: 'verificationCode', label: 'Verification code', autocomplete: 'one-time-code', inputmode: 'numeric' });
  const resend = data.canResend ? buttonForm('/resend', 'Resend code') : '';
  return renderPage({
    appName,
    heading: 'Enter verification code',
    ...messages,
    body: [`<p id="code-destination">${escapeHtml(whereTheCodeWent(data))}</p>`, form(data.action, 'Verify', input), resend, cancelButton()].join('\n'),
  });
}

function whereTheCodeWent({ key, sentTo }: CodePageData): string {
  if (key === 'okta_email') {
    return `We sent an email to ${sentTo ?? 'your email address'}. Enter the code from the email, or open the link in it in this browser.`;
  }
  if (key === 'phone_number') return `We sent a code by SMS to ${sentTo ?? 'your phone'}.`;
  return 'Enter the code from your authenticator.';
}
