/** `challenge-authenticator`: the code sent to an enrolled email or phone (email also polls). */
import { credentialsField, remediation } from '../form.ts';
import { asObject, type RenderContext, type View } from '../view.ts';
import { pollAction, resendAction } from './actions.ts';
import { selectedCandidate } from './authenticator-verification-data.ts';
import { authenticateContext, candidateEntry, selectAuthenticatorAuthenticateForm } from './select-authenticator-authenticate.ts';

export function challengeAuthenticatorView(rc: RenderContext): View {
  const challenge = rc.tx.challenge;
  if (!challenge) throw new Error('challenge-authenticator needs a pending challenge');
  const candidate = selectedCandidate(rc);
  const form = remediation({
    origin: rc.origin,
    stateHandle: rc.tx.stateHandle,
    name: 'challenge-authenticator',
    path: '/idp/idx/challenge/answer',
    relatesTo: '$.currentAuthenticatorEnrollment',
    fields: [credentialsField('Enter code')],
  });
  const current: Record<string, unknown> = {
    ...candidateEntry(candidate),
    methods: [{ type: challenge.method }],
    resend: resendAction(rc),
  };
  // The email view waits for the magic link on another tab by polling.
  if (candidate.authenticator.key === 'okta_email') current.poll = pollAction(rc);
  return {
    remediations: [form, selectAuthenticatorAuthenticateForm(rc)],
    context: { ...authenticateContext(rc), currentAuthenticatorEnrollment: asObject(current) },
  };
}
