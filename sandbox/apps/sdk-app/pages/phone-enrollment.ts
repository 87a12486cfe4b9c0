/** GET /enroll-authenticator/phone_number/enrollment-data — steps 6–7: the number to enroll. */
import { renderPage } from '../../shared/layout.ts';
import { cancelButton, field, form } from './controls.ts';
import type { PageMessages } from './messages.ts';

export const PHONE_HINT = 'Use the + format with the country code, for example +15555550100. We send the code by SMS.';

export function phoneEnrollmentPage(appName: string, messages: PageMessages, phoneNumber = ''): string {
  const input = field({ name: 'phoneNumber', label: 'Phone number', type: 'tel', autocomplete: 'tel', hint: PHONE_HINT, value: phoneNumber });
  return renderPage({
    appName,
    heading: 'Set up phone authentication',
    ...messages,
    body: `${form('/enroll-authenticator/phone_number/enrollment-data', 'Send code', input)}\n${cancelButton()}`,
  });
}
