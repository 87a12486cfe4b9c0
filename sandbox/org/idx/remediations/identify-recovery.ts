/** `identify-recovery`: "Reset your password" asks for the username only. */
import { remediation } from '../form.ts';
import type { RenderContext, View } from '../view.ts';
import { recoveryContext } from './recovery-context.ts';

export function identifyRecoveryView(rc: RenderContext): View {
  const form = remediation({
    origin: rc.origin,
    stateHandle: rc.tx.stateHandle,
    name: 'identify-recovery',
    path: '/idp/idx/identify',
    fields: [{ name: 'identifier', label: 'Username', required: true }],
  });
  return { remediations: [form], context: recoveryContext(rc) };
}
