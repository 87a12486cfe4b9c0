/** `select-authenticator-enroll`: the authenticators the user must (or may) set up now. */
import { catalogueEntry, enrollmentEntry } from '../authenticator-objects.ts';
import { remediation, type Remediation } from '../form.ts';
import { enrollmentOptions } from '../flow/candidates.ts';
import { policySatisfied } from '../flow/advance.ts';
import { asArray, type RenderContext, type View } from '../view.ts';
import { enrollOptionFields } from './option-fields.ts';

export function enrollableAuthenticators(rc: RenderContext) {
  return enrollmentOptions(rc.dir, rc.tx, policySatisfied(rc.dir, rc.tx));
}

export function selectAuthenticatorEnrollForm(rc: RenderContext): Remediation {
  const options = enrollableAuthenticators(rc).map((authenticator, i) => ({
    label: authenticator.name,
    value: { form: { value: enrollOptionFields(authenticator) } },
    relatesTo: `$.authenticators.value[${i}]`,
  }));
  return remediation({
    origin: rc.origin,
    stateHandle: rc.tx.stateHandle,
    name: 'select-authenticator-enroll',
    path: '/idp/idx/credential/enroll',
    fields: [{ name: 'authenticator', type: 'object', required: true, options }],
  });
}

/** `authenticators` lists exactly the options above, in order, so each `relatesTo` resolves. */
export function enrollContext(rc: RenderContext): Record<string, unknown> {
  const authenticators = enrollableAuthenticators(rc).map((a) => catalogueEntry(a));
  const byKey = new Map(rc.dir.authenticators().map((a) => [a.key, a]));
  const enrollments = rc.tx.userId
    ? rc.dir.enrollments(rc.tx.userId).flatMap((e) => {
      const authenticator = byKey.get(e.key);
      return authenticator ? [enrollmentEntry(authenticator, e.id, e.destination)] : [];
    })
    : [];
  return { authenticators: asArray(authenticators), authenticatorEnrollments: asArray(enrollments) };
}

export function selectAuthenticatorEnrollView(rc: RenderContext): View {
  return { remediations: [selectAuthenticatorEnrollForm(rc)], context: enrollContext(rc) };
}
