/**
 * The form fields of one authenticator choice. The widget posts only the fields that are required
 * and immutable (`id`, `enrollmentId`), auth-js the ones the app supplies; both must be accepted.
 */
import type { DirAuthenticator } from '../directory.ts';
import { fixedField, type Field } from '../form.ts';

const METHOD_LABELS: Record<string, string> = { sms: 'SMS', voice: 'Voice call', email: 'Email', password: 'Password' };

export function methodOptions(authenticator: DirAuthenticator): Array<{ label: string; value: string }> {
  const methods = authenticator.methods.length > 0 ? authenticator.methods : [authenticator.type];
  return methods.map((value) => ({ label: METHOD_LABELS[value] ?? value, value }));
}

export function methodTypeField(authenticator: DirAuthenticator, required: boolean): Field {
  if (authenticator.key === 'okta_email' || authenticator.key === 'okta_password') {
    return { name: 'methodType', required: false, value: authenticator.type, mutable: false };
  }
  return { name: 'methodType', type: 'string', required, options: methodOptions(authenticator) };
}

export function enrollOptionFields(authenticator: DirAuthenticator): Field[] {
  const fields = [fixedField('id', authenticator.id), methodTypeField(authenticator, false)];
  if (authenticator.key === 'phone_number') fields.push({ name: 'phoneNumber', label: 'Phone number', required: false });
  return fields;
}

export function authenticateOptionFields(authenticator: DirAuthenticator, enrollmentId: string): Field[] {
  const fields = [fixedField('id', authenticator.id), methodTypeField(authenticator, false)];
  if (authenticator.key === 'phone_number') fields.push(fixedField('enrollmentId', enrollmentId));
  return fields;
}
