/**
 * Org-side evidence from the System Log: what Okta recorded for one user since a moment (a code
 * sent, a factor verified, tokens granted or revoked, a password changed). Every org keeps this
 * log, so outcomes can be checked at the org without knowing how the app under test is built.
 * Events carry no secrets (Okta never logs codes or tokens).
 */
import type { OktaAdmin } from './admin-client.ts';
import { oktaCall } from './errors.ts';

/** Okta's event types for each effect a flow has at the org (custom and org authorization servers). */
export const ORG_EVENTS = {
  smsSent: ['system.sms.send_factor_verify_message', 'system.sms.send_phone_verification_message'],
  emailSent: ['system.email.send_factor_verify_message', 'system.email.password_reset.sent_message'],
  factorVerified: ['user.authentication.auth_via_mfa'],
  factorActivated: ['user.mfa.factor.activate'],
  tokenGranted: ['app.oauth2.as.token.grant.access_token', 'app.oauth2.token.grant.access_token'],
  tokenRevoked: ['app.oauth2.as.token.revoke', 'app.oauth2.token.revoke'],
  passwordChanged: ['user.account.update_password', 'user.account.reset_password'],
} as const;

export type OrgEffect = keyof typeof ORG_EVENTS;

export interface OrgEvent {
  eventType: string;
  published: Date;
  /** The non-user targets' alternate ids: the phone number or email address a message went to. */
  destinations: string[];
  clientId?: string;
}

/** The events of `effect` about `userId` published at or after `since`, oldest first. */
export async function orgEventsFor(admin: OktaAdmin, userId: string, effect: OrgEffect, since: Date): Promise<OrgEvent[]> {
  const types = new Set<string>(ORG_EVENTS[effect]);
  const found: OrgEvent[] = [];
  const collection = await oktaCall(`read the System Log for user ${userId}`, admin.orgUrl, () =>
    admin.client.systemLogApi.listLogEvents({ since: since.toISOString(), filter: `target.id eq "${userId}"`, limit: 200 }),
  );
  await oktaCall(`read the System Log for user ${userId}`, admin.orgUrl, () =>
    collection.each((event) => {
      if (!types.has(String(event.eventType))) return;
      found.push({
        eventType: String(event.eventType),
        published: new Date(event.published as unknown as string),
        destinations: (event.target ?? []).filter((t) => t.type !== 'User').map((t) => String(t.alternateId ?? '')),
        clientId: event.client?.id ?? undefined,
      });
    }),
  );
  return found;
}

/** How many `effect` events the org recorded for the user since `since` (optionally to one destination). */
export async function countOrgEvents(admin: OktaAdmin, userId: string, effect: OrgEffect, since: Date, destination?: string): Promise<number> {
  const events = await orgEventsFor(admin, userId, effect, since);
  return events.filter((e) => !destination || e.destinations.some((d) => d.toLowerCase() === destination.toLowerCase())).length;
}
