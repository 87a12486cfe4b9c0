/**
 * The success body: no remediation, only `successWithInteractionCode` (auth-js reads the code from
 * it and exchanges it at its own configured token URL).
 */
import type { Remediation } from '../form.ts';
import type { RenderContext, View } from '../view.ts';
import { tokenPath } from '../../oauth/paths.ts';

export function successView(rc: RenderContext): View {
  const { tx } = rc;
  if (!tx.interactionCode) throw new Error('a successful transaction must hold an interaction code');
  const app = rc.dir.app(tx.clientId);
  const success: Remediation = {
    rel: ['create-form'],
    name: 'issue',
    href: `${rc.origin}${tokenPath(tx.authServerId)}`,
    method: 'POST',
    produces: 'application/json',
    accepts: 'application/x-www-form-urlencoded',
    value: [
      { name: 'grant_type', required: true, value: 'interaction_code' },
      { name: 'interaction_code', required: true, value: tx.interactionCode },
      { name: 'client_id', required: true, value: tx.clientId },
      ...(app?.clientSecret ? [{ name: 'client_secret', required: true }] : []),
      { name: 'code_verifier', required: true },
    ],
  };
  return { remediations: [], success };
}
