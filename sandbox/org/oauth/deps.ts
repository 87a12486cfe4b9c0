/** What the OAuth handlers share, and how a request names its authorization server. */
import type { Defects } from '../../defects/switches.ts';
import type { RequestContext } from '../../lib/http.ts';
import type { Clock } from '../../lib/service.ts';
import type { AuthServerInfo, Directory } from '../idx/directory.ts';
import type { TransactionStore } from '../idx/transactions.ts';
import type { OrgStore } from '../store/index.ts';
import type { SigningKey } from './keys.ts';
import { ORG_AUTH_SERVER, issuerFor } from './paths.ts';

export interface OAuthDeps {
  dir: Directory;
  transactions: TransactionStore;
  clock: Clock;
  key: SigningKey;
  /** `jti`s of revoked access tokens. */
  revoked: Set<string>;
  /** Seeded defects this org honours (none in a conforming org). */
  defects: Defects;
  /** Where token grants and revocations are recorded (the System Log). */
  log: OrgStore;
}

export interface ResolvedServer {
  info: AuthServerInfo;
  issuer: string;
  /** Access-token audience: the custom server's first audience, or the org URL. */
  audience: string;
}

/** The authorization server a request addresses (`/oauth2/{id}/…` or the org's `/oauth2/v1/…`). */
export function resolveServer(ctx: RequestContext, deps: OAuthDeps): ResolvedServer | undefined {
  const id = ctx.params.authServerId ?? ORG_AUTH_SERVER;
  const info = deps.dir.authServer(id);
  if (!info) return undefined;
  return { info, issuer: issuerFor(ctx.origin, id), audience: info.audience ?? ctx.origin };
}
