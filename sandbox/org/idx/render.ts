/**
 * Renders a transaction's current state as an IDX body (idx-protocol.md §4). Deterministic: the
 * same state always gives the same bytes, which is what keeps the widget from re-rendering (and
 * wiping typed input) on every poll or resend.
 */
import { createHash } from 'node:crypto';
import type { IdxMessage } from './messages.ts';
import type { Step, Transaction } from './transaction.ts';
import { asArray, asObject, type RenderContext, type View } from './view.ts';
import { cancelAction } from './remediations/actions.ts';
import { identifyView } from './remediations/identify.ts';
import { identifyRecoveryView } from './remediations/identify-recovery.ts';
import { selectAuthenticatorEnrollView } from './remediations/select-authenticator-enroll.ts';
import { authenticatorEnrollmentDataView } from './remediations/authenticator-enrollment-data.ts';
import { enrollAuthenticatorView } from './remediations/enroll-authenticator.ts';
import { selectAuthenticatorAuthenticateView } from './remediations/select-authenticator-authenticate.ts';
import { authenticatorVerificationDataView } from './remediations/authenticator-verification-data.ts';
import { challengeAuthenticatorView } from './remediations/challenge-authenticator.ts';
import { resetAuthenticatorView } from './remediations/reset-authenticator.ts';
import { successView } from './remediations/success.ts';

export type IdxBody = Record<string, unknown>;

const VIEWS: Record<Step, (rc: RenderContext) => View> = {
  'identify': identifyView,
  'identify-recovery': identifyRecoveryView,
  'select-authenticator-enroll': selectAuthenticatorEnrollView,
  'authenticator-enrollment-data': authenticatorEnrollmentDataView,
  'enroll-authenticator': enrollAuthenticatorView,
  'select-authenticator-authenticate': selectAuthenticatorAuthenticateView,
  'authenticator-verification-data': authenticatorVerificationDataView,
  'challenge-authenticator': challengeAuthenticatorView,
  'reset-authenticator': resetAuthenticatorView,
  'success': successView,
};

function userObject(rc: RenderContext): Record<string, unknown> | undefined {
  const { tx, dir } = rc;
  if (tx.userId) {
    const user = dir.user(tx.userId);
    return user ? { id: user.id, identifier: user.login } : undefined;
  }
  if (tx.phantomIdentifier === undefined) return undefined;
  // Same shape as a real user, so the response does not reveal that the account is missing.
  const id = `00u${createHash('sha256').update(tx.phantomIdentifier.toLowerCase()).digest('hex').slice(0, 17)}`;
  return { id, identifier: tx.phantomIdentifier };
}

function header(tx: Transaction): IdxBody {
  return { version: '1.0.0', stateHandle: tx.stateHandle, expiresAt: new Date(tx.expiresAt).toISOString(), intent: 'LOGIN' };
}

export function renderState(rc: RenderContext, messages: IdxMessage[] = []): IdxBody {
  const view = VIEWS[rc.tx.step](rc);
  const body: IdxBody = header(rc.tx);
  if (view.remediations.length > 0) body.remediation = asArray(view.remediations);
  if (messages.length > 0) body.messages = asArray(messages);
  Object.assign(body, view.context ?? {});
  const user = userObject(rc);
  if (user) body.user = asObject(user);
  const app = rc.dir.app(rc.tx.clientId);
  body.app = asObject({ name: 'oidc_client', label: app?.label ?? rc.tx.clientId, id: rc.tx.clientId });
  body.cancel = cancelAction(rc);
  if (view.success) body.successWithInteractionCode = view.success;
  return body;
}

/** A body with no remediation: auth-js reports it as TERMINAL, the widget as a terminal view. */
export function terminalBody(messages: IdxMessage[], tx?: Transaction): IdxBody {
  return { ...(tx ? header(tx) : { version: '1.0.0' }), messages: asArray(messages) };
}

interface FieldLike {
  name: string;
  form?: { value: FieldLike[] };
  messages?: unknown;
}

/** Attaches `messages` to the passcode field of `remediationName` (field-level errors). */
export function withPasscodeMessages(body: IdxBody, remediationName: string, messages: IdxMessage[]): IdxBody {
  const remediations = (body.remediation as { value: Array<{ name: string; value: FieldLike[] }> } | undefined)?.value ?? [];
  const form = remediations.find((r) => r.name === remediationName);
  const credentials = form?.value.find((f) => f.name === 'credentials');
  const passcode = credentials?.form?.value.find((f) => f.name === 'passcode');
  if (!passcode) return { ...body, messages: asArray(messages) };
  passcode.messages = asArray(messages);
  return body;
}
