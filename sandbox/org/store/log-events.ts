/**
 * Helpers that record what the org did in the System Log with Okta's event type names, so the
 * suite can correlate a message or a sign-in with the user it was for. Never pass codes or links:
 * events are readable through the Management API.
 */
import type { OrgStore } from './index.ts';
import type { LogEvent, LogEventInput, LogTarget, User } from './types.ts';

export const EVENT_TYPES = {
  smsChallenge: 'system.sms.send_factor_verify_message',
  smsEnrollment: 'system.sms.send_phone_verification_message',
  voiceEnrollment: 'system.voice.send_phone_verification_call',
  voiceChallenge: 'system.voice.send_factor_verify_call',
  emailChallenge: 'system.email.send_factor_verify_message',
  emailPasswordReset: 'system.email.password_reset.sent_message',
  userCreate: 'user.lifecycle.create',
  userActivate: 'user.lifecycle.activate',
  userDeactivate: 'user.lifecycle.deactivate',
  userSuspend: 'user.lifecycle.suspend',
  userUnsuspend: 'user.lifecycle.unsuspend',
  userDelete: 'user.lifecycle.delete.completed',
  passwordReset: 'user.account.reset_password',
  passwordUpdate: 'user.account.update_password',
  passwordExpire: 'user.lifecycle.password_mass_expiry',
  factorActivate: 'user.mfa.factor.activate',
  factorDeactivate: 'user.mfa.factor.deactivate',
  sessionStart: 'user.session.start',
  // Token grants: the org authorization server logs app.oauth2.*, a custom one (e.g. "default") app.oauth2.as.*.
  orgTokenGrantAccess: 'app.oauth2.token.grant.access_token',
  orgTokenGrantId: 'app.oauth2.token.grant.id_token',
  customTokenGrantAccess: 'app.oauth2.as.token.grant.access_token',
  customTokenGrantId: 'app.oauth2.as.token.grant.id_token',
  orgTokenRevoke: 'app.oauth2.token.revoke',
  customTokenRevoke: 'app.oauth2.as.token.revoke',
  authViaMfa: 'user.authentication.auth_via_mfa',
  groupMembershipAdd: 'group.user_membership.add',
  rateLimitViolation: 'system.org.rate_limit.violation',
} as const;

export interface EventContext {
  ipAddress?: string;
  userAgent?: string;
  /** The OAuth client (app) the event happened for. */
  clientId?: string;
  transactionId?: string;
}

export function userTarget(user: User): LogTarget {
  const name = [user.profile.firstName, user.profile.lastName].filter(Boolean).join(' ');
  return { id: user.id, type: 'User', alternateId: user.profile.login, displayName: name || user.profile.login };
}

function base(context: EventContext = {}): Pick<LogEventInput, 'client' | 'transactionId'> {
  return { client: { ipAddress: context.ipAddress, userAgent: context.userAgent, id: context.clientId }, transactionId: context.transactionId };
}

/** One message the org sent to `user` at `destination`, with the event type and wording Okta uses. */
function logMessageSent(
  store: OrgStore,
  sent: { user: User; destination: LogTarget; eventType: string; displayMessage: string; debugData: Record<string, unknown>; context?: EventContext },
): LogEvent {
  return store.appendLog({
    ...base(sent.context),
    eventType: sent.eventType,
    displayMessage: sent.displayMessage,
    actor: userTarget(sent.user),
    target: [userTarget(sent.user), sent.destination],
    debugData: sent.debugData,
  });
}

/** The org sent an SMS code: `purpose` is a sign-in challenge or a phone enrollment. */
export function logSmsSent(store: OrgStore, input: { user: User; phoneNumber: string; purpose: 'challenge' | 'enrollment'; context?: EventContext }): LogEvent {
  const challenge = input.purpose === 'challenge';
  return logMessageSent(store, {
    user: input.user,
    destination: { id: input.phoneNumber, type: 'PhoneNumber', alternateId: input.phoneNumber, displayName: input.phoneNumber },
    eventType: challenge ? EVENT_TYPES.smsChallenge : EVENT_TYPES.smsEnrollment,
    displayMessage: challenge ? 'Send SMS verification message' : 'Send phone verification SMS',
    debugData: { smsProvider: 'TWILIO', phoneNumber: input.phoneNumber },
    context: input.context,
  });
}

/** The org sent an email: an OTP / magic-link challenge or enrollment email, or a password-reset email. */
export function logEmailSent(store: OrgStore, input: { user: User; email: string; purpose: 'challenge' | 'enrollment' | 'recovery'; context?: EventContext }): LogEvent {
  const recovery = input.purpose === 'recovery';
  return logMessageSent(store, {
    user: input.user,
    destination: { id: input.email, type: 'EmailAddress', alternateId: input.email, displayName: input.email },
    eventType: recovery ? EVENT_TYPES.emailPasswordReset : EVENT_TYPES.emailChallenge,
    displayMessage: recovery ? 'Send password reset email' : 'Send email verification message',
    debugData: { purpose: input.purpose },
    context: input.context,
  });
}

/** Any other event about one user (sign-in, password change, factor activation, lifecycle). */
export function logUserEvent(
  store: OrgStore,
  input: { user: User; eventType: string; displayMessage: string; outcome?: LogEventInput['outcome']; actor?: LogTarget; context?: EventContext },
): LogEvent {
  return store.appendLog({
    ...base(input.context),
    eventType: input.eventType,
    displayMessage: input.displayMessage,
    outcome: input.outcome,
    actor: input.actor ?? userTarget(input.user),
    target: [userTarget(input.user)],
  });
}

/**
 * The org issued tokens to an app for a user: one event per token type, named as Okta names them for
 * the org authorization server or a custom one. The app is the event's client id and a target.
 */
export function logTokenGrant(
  store: OrgStore,
  grant: { user: User; clientId: string; customServer: boolean; tokenTypes: Array<'access_token' | 'id_token'> },
): LogEvent[] {
  const app: LogTarget = { id: grant.clientId, type: 'PublicClientApp', alternateId: grant.clientId, displayName: grant.clientId };
  return grant.tokenTypes.map((tokenType) => {
    const access = tokenType === 'access_token';
    const eventType = grant.customServer
      ? access ? EVENT_TYPES.customTokenGrantAccess : EVENT_TYPES.customTokenGrantId
      : access ? EVENT_TYPES.orgTokenGrantAccess : EVENT_TYPES.orgTokenGrantId;
    return store.appendLog({
      ...base({ clientId: grant.clientId }),
      eventType,
      displayMessage: access ? 'OAuth2 access token is granted' : 'OIDC id token is granted',
      actor: userTarget(grant.user),
      target: [userTarget(grant.user), app],
      debugData: { grantType: 'interaction_code' },
    });
  });
}
