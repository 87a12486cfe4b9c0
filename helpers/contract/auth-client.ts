/**
 * A real `@okta/okta-auth-js` client for Node, in IDX step mode, with storage of its own: each
 * client is a fresh browser, so parallel flows never share a transaction. Used by benchmarks and
 * integration tests now, and the base of the org-contract layer (the flows without a browser).
 */
import { OktaAuth, type OktaAuthOptions, type SimpleStorage } from '@okta/okta-auth-js';

export interface AuthClientTarget {
  /** The authorization server, e.g. `<org>/oauth2/default`. */
  issuer: string;
  clientId: string;
  /** The app's base URL; the redirect URI is its `/login/callback`, as in Okta's samples. */
  appUrl: string;
}

export function memoryStorage(): SimpleStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

export function nodeAuthClient(target: AuthClientTarget, extra: Partial<OktaAuthOptions> = {}): OktaAuth {
  const section = { storageProvider: memoryStorage() };
  return new OktaAuth({
    issuer: target.issuer,
    clientId: target.clientId,
    redirectUri: `${target.appUrl}/login/callback`,
    scopes: ['openid', 'profile', 'email'],
    storageManager: { token: section, cache: section, transaction: section, 'shared-transaction': section, 'original-uri': section },
    ...extra,
  });
}
