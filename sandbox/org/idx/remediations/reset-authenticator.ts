/** `reset-authenticator`: the new password, with the policy's requirements for the widget. */
import { passwordWithSettings } from '../authenticator-objects.ts';
import { credentialsField, remediation } from '../form.ts';
import { asObject, type RenderContext, type View } from '../view.ts';
import { recoveryContext } from './recovery-context.ts';

export function resetAuthenticatorView(rc: RenderContext): View {
  const password = rc.dir.authenticators().find((a) => a.key === 'okta_password');
  if (!password) throw new Error('reset-authenticator needs the okta_password authenticator in the org configuration');
  const form = remediation({
    origin: rc.origin,
    stateHandle: rc.tx.stateHandle,
    name: 'reset-authenticator',
    path: '/idp/idx/challenge/answer',
    relatesTo: '$.currentAuthenticator',
    fields: [credentialsField('New password', true)],
  });
  const rules = rc.dir.passwordPolicy(rc.tx.userId);
  return {
    remediations: [form],
    context: { currentAuthenticator: asObject(passwordWithSettings(password, rules)), ...recoveryContext(rc) },
  };
}
