/** GET /enroll-authenticator/phone_number/enrollment-data — steps 6–7: the number to enroll. */
import { renderPage } from '../../shared/layout.ts';
import type { SdkAppLook } from '../look.ts';
import { cancelButton, field, form } from './controls.ts';
import type { PageMessages } from './messages.ts';

export const PHONE_HINT = 'Use the + format with the country code, for example +15555550100. We send the code by SMS.';

export function phoneEnrollmentPage(look: SdkAppLook, messages: PageMessages, phoneNumber = ''): string {
  const { phone } = look.words;
  const input = field({ name: 'phoneNumber', label: phone.number, type: 'tel', autocomplete: 'tel', hint: PHONE_HINT, value: phoneNumber, labelled: look.labelledInputs });
  return renderPage({
    appName: look.appName,
    heading: phone.heading,
    ...messages,
    body: `${form('/enroll-authenticator/phone_number/enrollment-data', phone.submit, input)}\n${cancelButton(look.words.cancel)}`,
  });
}
