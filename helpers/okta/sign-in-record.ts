/**
 * What the org recorded about a user's sign-ins to one app, read through the Management API: the
 * user's `lastLogin`, and System Log events for the user: session starts (`user.session.start`) and
 * token grants to the app's client id (`app.oauth2.token.grant.*` from the org authorization
 * server, `app.oauth2.as.token.grant.*` from a custom one such as "default"). Every app leaves
 * this evidence, whatever its pages look like and wherever it keeps its tokens.
 */
import type { LogEvent } from '@okta/okta-sdk-nodejs';
import type { OktaAdmin } from './admin-client.ts';
import { oktaCall } from './errors.ts';

export const SIGN_IN_EVENT_TYPES = {
  sessionStart: 'user.session.start',
  idTokenGrants: ['app.oauth2.token.grant.id_token', 'app.oauth2.as.token.grant.id_token'],
  accessTokenGrants: ['app.oauth2.token.grant.access_token', 'app.oauth2.as.token.grant.access_token'],
} as const;

export interface SignInRecord {
  lastLogin: Date | null;
  /** Sessions started for the user (by this app's client, or with no client named). */
  sessionStarts: number;
  idTokenGrants: number;
  accessTokenGrants: number;
}

export async function readSignInRecord(admin: OktaAdmin, userId: string, clientId: string): Promise<SignInRecord> {
  // One batch of evidence per look: the user and its System Log events are read together.
  const [user, events] = await Promise.all([
    oktaCall(`read user ${userId}`, admin.orgUrl, () => admin.client.userApi.getUser({ userId })),
    userEvents(admin, userId),
  ]);
  return { lastLogin: toDate(user.lastLogin), ...countSignInEvents(events, userId, clientId) };
}

/** Counts the sign-in evidence among System Log events (pure, so unit-testable). */
export function countSignInEvents(events: LogEvent[], userId: string, clientId: string): Omit<SignInRecord, 'lastLogin'> {
  const aboutUser = (e: LogEvent) => e.actor?.id === userId || (e.target ?? []).some((t) => t.id === userId);
  const byClient = (e: LogEvent) => e.client?.id === clientId || (e.target ?? []).some((t) => t.id === clientId);
  const successful = events.filter((e) => aboutUser(e) && (e.outcome?.result ?? 'SUCCESS') === 'SUCCESS');
  const ofType = (types: readonly string[]) => successful.filter((e) => types.includes(String(e.eventType)) && byClient(e)).length;
  return {
    // A session start names the client when the org knows it; one naming another app does not count.
    sessionStarts: successful.filter((e) => e.eventType === SIGN_IN_EVENT_TYPES.sessionStart && (!e.client?.id || e.client.id === clientId)).length,
    idTokenGrants: ofType(SIGN_IN_EVENT_TYPES.idTokenGrants),
    accessTokenGrants: ofType(SIGN_IN_EVENT_TYPES.accessTokenGrants),
  };
}

async function userEvents(admin: OktaAdmin, userId: string): Promise<LogEvent[]> {
  return oktaCall(`read the System Log for user ${userId}`, admin.orgUrl, async () => {
    const collection = await admin.client.systemLogApi.listLogEvents({ filter: `target.id eq "${userId}" or actor.id eq "${userId}"`, limit: 1000 });
    const events: LogEvent[] = [];
    for await (const event of collection) if (event) events.push(event);
    return events;
  });
}

function toDate(value: Date | string | null | undefined): Date | null {
  if (!value) return null;
  return value instanceof Date ? value : new Date(value);
}
