/** `enroll-authenticator`: the code just sent to the phone being enrolled. */
import { catalogueEntry, profileFor } from '../authenticator-objects.ts';
import { credentialsField, remediation } from '../form.ts';
import { asObject, type RenderContext, type View } from '../view.ts';
import { resendAction } from './actions.ts';
import { enrollContext, selectAuthenticatorEnrollForm } from './select-authenticator-enroll.ts';

export function enrollAuthenticatorView(rc: RenderContext): View {
  const challenge = rc.tx.challenge;
  const authenticator = rc.dir.authenticators().find((a) => a.key === challenge?.key);
  if (!challenge || !authenticator) throw new Error('enroll-authenticator needs a pending enrollment challenge');
  const form = remediation({
    origin: rc.origin,
    stateHandle: rc.tx.stateHandle,
    name: 'enroll-authenticator',
    path: '/idp/idx/challenge/answer',
    relatesTo: '$.currentAuthenticator',
    fields: [credentialsField('Enter code')],
  });
  const profile = profileFor(authenticator.key, challenge.destination);
  const current = {
    ...catalogueEntry(authenticator, [{ type: challenge.method }]),
    ...(profile ? { profile } : {}),
    resend: resendAction(rc),
  };
  return {
    remediations: [form, selectAuthenticatorEnrollForm(rc)],
    context: { ...enrollContext(rc), currentAuthenticator: asObject(current) },
  };
}
