/** `identify`: username (and password, when the app's policy requires one) on the first page. */
import { catalogueEntry } from '../authenticator-objects.ts';
import { credentialsField, remediation, type Field } from '../form.ts';
import { asObject, type RenderContext, type View } from '../view.ts';
import { recoverAction } from './actions.ts';

export function identifyView(rc: RenderContext): View {
  const { dir, tx } = rc;
  const withPassword = dir.accessPolicy(tx.clientId).passwordRequired;
  const fields: Field[] = [{ name: 'identifier', label: 'Username', required: true }];
  if (withPassword) fields.push(credentialsField('Password', true));
  fields.push({ name: 'rememberMe', type: 'boolean', label: 'Remember this device' });
  const form = remediation({ origin: rc.origin, stateHandle: tx.stateHandle, name: 'identify', path: '/idp/idx/identify', fields });
  const password = dir.authenticators().find((a) => a.key === 'okta_password' && a.active);
  if (!withPassword || !password) return { remediations: [form] };
  // The password authenticator with a `recover` action is what offers "Forgot password?".
  const current: Record<string, unknown> = { ...catalogueEntry(password) };
  if (dir.passwordPolicy().recoveryAllowed) current.recover = recoverAction(rc);
  return { remediations: [form], context: { currentAuthenticator: asObject(current) } };
}
