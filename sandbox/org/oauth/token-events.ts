/**
 * The System Log event of a token revocation, which is how the suite sees at the org that a
 * sign-out revoked the tokens. Never the token itself.
 */
import { EVENT_TYPES, logUserEvent } from '../store/log-events.ts';
import type { OAuthDeps } from './deps.ts';
import { ORG_AUTH_SERVER } from './paths.ts';

export function logTokenRevoked(deps: OAuthDeps, revoked: { userId: string; clientId: string; authServerId: string }): void {
  const user = deps.log.users.get(revoked.userId);
  if (!user) return;
  const eventType = revoked.authServerId === ORG_AUTH_SERVER ? EVENT_TYPES.orgTokenRevoke : EVENT_TYPES.customTokenRevoke;
  logUserEvent(deps.log, { user, eventType, displayMessage: 'OAuth2 token revocation request', context: { clientId: revoked.clientId } });
}
