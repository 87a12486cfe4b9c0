/** The nested and top-level actions (cancel, recover, resend, poll): same shape as a remediation. */
import { remediation, type Remediation } from '../form.ts';
import type { RenderContext } from '../view.ts';

/** How often the widget polls an email challenge, in ms. */
export const POLL_REFRESH_MS = 4000;

function action(rc: RenderContext, name: string, path: string, refresh?: number): Remediation {
  return remediation({ origin: rc.origin, stateHandle: rc.tx.stateHandle, name, path, refresh });
}

export const cancelAction = (rc: RenderContext) => action(rc, 'cancel', '/idp/idx/cancel');
export const recoverAction = (rc: RenderContext) => action(rc, 'recover', '/idp/idx/recover');
export const resendAction = (rc: RenderContext) => action(rc, 'resend', '/idp/idx/challenge/resend');
export const pollAction = (rc: RenderContext) => action(rc, 'poll', '/idp/idx/challenge/poll', POLL_REFRESH_MS);
