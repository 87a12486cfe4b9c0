/**
 * `authenticator-verification-data`: "Send me an email" / "Receive a code via SMS" for the chosen
 * enrollment. Nothing is sent until the user submits this form.
 */
import { fixedField, remediation, type Field } from '../form.ts';
import { candidatesForStep, type Candidate } from '../flow/candidates.ts';
import { asObject, type RenderContext, type View } from '../view.ts';
import { methodOptions } from './option-fields.ts';
import { authenticateContext, candidateEntry, selectAuthenticatorAuthenticateForm } from './select-authenticator-authenticate.ts';

export function selectedCandidate(rc: RenderContext): Candidate {
  const selected = rc.tx.selected;
  const found = candidatesForStep(rc.dir, rc.tx).find(
    (c) => c.authenticator.key === selected?.key && (!selected.enrollmentId || c.enrollmentId === selected.enrollmentId),
  );
  if (!found) throw new Error(`step ${rc.tx.step} needs a selected enrollment; ${selected?.key ?? 'none'} is not available`);
  return found;
}

function methodTypeField(candidate: Candidate): Field {
  const options = methodOptions(candidate.authenticator);
  // A single method is pre-filled: the widget's email view hides the field, yet must send it.
  return { name: 'methodType', type: 'string', required: true, options, ...(options.length === 1 ? { value: options[0]!.value } : {}) };
}

export function authenticatorVerificationDataView(rc: RenderContext): View {
  const candidate = selectedCandidate(rc);
  const fields: Field[] = [fixedField('id', candidate.authenticator.id), methodTypeField(candidate)];
  if (candidate.authenticator.key === 'phone_number') fields.push(fixedField('enrollmentId', candidate.enrollmentId));
  const form = remediation({
    origin: rc.origin,
    stateHandle: rc.tx.stateHandle,
    name: 'authenticator-verification-data',
    path: '/idp/idx/challenge',
    relatesTo: '$.currentAuthenticatorEnrollment',
    fields: [{ name: 'authenticator', label: candidate.authenticator.name, type: 'object', required: true, form: { value: fields } }],
  });
  return {
    remediations: [form, selectAuthenticatorAuthenticateForm(rc)],
    context: { ...authenticateContext(rc), currentAuthenticatorEnrollment: asObject(candidateEntry(candidate)) },
  };
}
