/**
 * Client authentication at `/interact` and `/token`, as Okta enforces it: a confidential client
 * (client_secret_basic / client_secret_post) must prove its secret, once, either in the
 * Authorization header or in the body; a public client (`none`) names itself and sends no secret.
 * Okta's Admin Console registers "Client secret" apps as client_secret_basic while Okta's own
 * auth-js sends the secret in the body, and both work on a real org: either place is accepted.
 */
import type { RequestContext } from '../../lib/http.ts';
import type { DirApp } from '../idx/directory.ts';
import type { OAuthDeps } from './deps.ts';
import { basicClient } from './respond.ts';

export type ClientProblem = [status: number, error: string, description: string];

const FAILED = 'Client authentication failed. Either the client or the client credentials are invalid.';

export function authenticateClient(deps: OAuthDeps, ctx: RequestContext, form: Record<string, string>): { app: DirApp } | { problem: ClientProblem } {
  const basic = basicClient(ctx);
  if (basic.clientSecret !== undefined && form.client_secret !== undefined) {
    return { problem: [400, 'invalid_request', 'Cannot supply multiple client credentials. Use one of the following: credentials in the Authorization header, credentials in the post body, or a client_assertion in the post body.'] };
  }
  if (form.client_id && basic.clientId && form.client_id !== basic.clientId) return { problem: [401, 'invalid_client', FAILED] };
  const clientId = form.client_id ?? basic.clientId;
  const app = clientId ? deps.dir.app(clientId) : undefined;
  if (!app || !app.active) return { problem: [401, 'invalid_client', "Invalid value for 'client_id' parameter."] };
  const secret = basic.clientSecret ?? form.client_secret;
  if (app.tokenEndpointAuthMethod === 'none') {
    return secret === undefined ? { app } : { problem: [401, 'invalid_client', FAILED] };
  }
  if (secret === undefined) return { problem: [401, 'invalid_client', FAILED] };
  if (secret !== app.clientSecret) return { problem: [401, 'invalid_client', 'The client secret supplied for a confidential client is invalid.'] };
  return { app };
}
