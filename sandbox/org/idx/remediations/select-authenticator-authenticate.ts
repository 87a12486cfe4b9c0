/** `select-authenticator-authenticate`: the user's enrolled authenticators that can verify them. */
import { catalogueEntry, enrollmentEntry } from '../authenticator-objects.ts';
import { remediation, type Remediation } from '../form.ts';
import { candidatesForStep, type Candidate } from '../flow/candidates.ts';
import { asArray, type RenderContext, type View } from '../view.ts';
import { authenticateOptionFields } from './option-fields.ts';
import { recoveryContext } from './recovery-context.ts';

export function candidateEntry(candidate: Candidate) {
  return enrollmentEntry(candidate.authenticator, candidate.enrollmentId, candidate.destination ?? candidate.shownAs);
}

export function selectAuthenticatorAuthenticateForm(rc: RenderContext): Remediation {
  const options = candidatesForStep(rc.dir, rc.tx).map((candidate, i) => ({
    label: candidate.authenticator.name,
    value: { form: { value: authenticateOptionFields(candidate.authenticator, candidate.enrollmentId) } },
    relatesTo: `$.authenticatorEnrollments.value[${i}]`,
  }));
  return remediation({
    origin: rc.origin,
    stateHandle: rc.tx.stateHandle,
    name: 'select-authenticator-authenticate',
    path: '/idp/idx/challenge',
    fields: [{ name: 'authenticator', type: 'object', required: true, options }],
  });
}

/** `authenticatorEnrollments` lists exactly the options, in order, so each `relatesTo` resolves. */
export function authenticateContext(rc: RenderContext): Record<string, unknown> {
  const candidates = candidatesForStep(rc.dir, rc.tx);
  return {
    authenticators: asArray(candidates.map((c) => catalogueEntry(c.authenticator))),
    authenticatorEnrollments: asArray(candidates.map(candidateEntry)),
    ...recoveryContext(rc),
  };
}

export function selectAuthenticatorAuthenticateView(rc: RenderContext): View {
  return { remediations: [selectAuthenticatorAuthenticateForm(rc)], context: authenticateContext(rc) };
}
