/**
 * During password recovery every body names the password as `recoveryAuthenticator`; the widget
 * decides on "Reset your password" titles from it.
 */
import { catalogueEntry } from '../authenticator-objects.ts';
import { asObject, type RenderContext } from '../view.ts';

export function recoveryContext(rc: RenderContext): Record<string, unknown> {
  if (!rc.tx.recovery) return {};
  const password = rc.dir.authenticators().find((a) => a.key === 'okta_password');
  return password ? { recoveryAuthenticator: asObject(catalogueEntry(password)) } : {};
}
