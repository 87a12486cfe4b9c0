/**
 * One real `@okta/okta-auth-js` 8 client per request, in step mode, whose every storage section
 * (transaction, shared transaction, tokens, HTTP cache) is the user's server-side session. auth-js's
 * Node default is one process-wide memory cache, which would mix up parallel users' transactions.
 */
import { OktaAuth, type SimpleStorage } from '@okta/okta-auth-js';
import type { Session } from './session.ts';

export interface AuthSettings {
  issuer: string;
  clientId: string;
  redirectUri: string;
  scopes: string[];
}

export function createAuthClient(settings: AuthSettings, session: Session): OktaAuth {
  const section = { storageProvider: sessionStorageProvider(session) };
  return new OktaAuth({
    issuer: settings.issuer,
    clientId: settings.clientId,
    redirectUri: settings.redirectUri,
    scopes: settings.scopes,
    storageManager: {
      token: section,
      cache: section,
      transaction: section,
      'shared-transaction': section,
      'original-uri': section,
    },
    tokenManager: { autoRenew: false, autoRemove: false },
  });
}

function sessionStorageProvider(session: Session): SimpleStorage {
  return {
    getItem: (key: string) => session.authStorage.get(key) ?? null,
    setItem: (key: string, value: unknown) => void session.authStorage.set(key, String(value)),
    removeItem: (key: string) => void session.authStorage.delete(key),
  };
}

/** Forget the user's transaction and tokens, e.g. before starting a new sign-in. */
export function resetAuthStorage(session: Session): void {
  session.authStorage.clear();
  session.view = undefined;
}
