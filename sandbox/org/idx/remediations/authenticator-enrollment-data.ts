/** `authenticator-enrollment-data`: the phone number and delivery method for a new phone. */
import { catalogueEntry } from '../authenticator-objects.ts';
import { fixedField, remediation } from '../form.ts';
import { asObject, type RenderContext, type View } from '../view.ts';
import { methodTypeField } from './option-fields.ts';
import { enrollContext, selectAuthenticatorEnrollForm } from './select-authenticator-enroll.ts';

export function authenticatorEnrollmentDataView(rc: RenderContext): View {
  const authenticator = rc.dir.authenticators().find((a) => a.key === rc.tx.selected?.key);
  if (!authenticator) throw new Error(`authenticator-enrollment-data needs a selected authenticator; got ${rc.tx.selected?.key ?? 'none'}`);
  const form = remediation({
    origin: rc.origin,
    stateHandle: rc.tx.stateHandle,
    name: 'authenticator-enrollment-data',
    path: '/idp/idx/credential/enroll',
    relatesTo: '$.currentAuthenticator',
    fields: [{
      name: 'authenticator',
      label: authenticator.name,
      type: 'object',
      required: true,
      form: {
        value: [
          fixedField('id', authenticator.id),
          methodTypeField(authenticator, true),
          { name: 'phoneNumber', label: 'Phone number', required: true },
        ],
      },
    }],
  });
  return {
    remediations: [form, selectAuthenticatorEnrollForm(rc)],
    context: { ...enrollContext(rc), currentAuthenticator: asObject(catalogueEntry(authenticator)) },
  };
}
