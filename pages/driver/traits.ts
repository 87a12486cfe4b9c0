/**
 * The conventions of one app that the guides do not prescribe, declared by its driver instead of
 * assumed by the suite. Everything else (markup) is the locator table's business.
 */
import type { ClaimName } from '../common/identity-view.ts';

export interface AppTraits {
  /**
   * A page that needs a session and offers sign-in to a signed-out browser (the reference apps'
   * `/profile`). `null`: the app has none, and "no session" is judged on its home page.
   */
  protectedPath: string | null;
  /** The app's home page, relative to its base URL. */
  homePath: string;
  /**
   * The `localStorage` key where the browser keeps auth-js's token storage, when the app keeps its
   * tokens in the browser; `null` when it keeps them on its server (then only the org is asked).
   */
  browserTokenStorageKey: string | null;
  /** The claims the app shows for the signed-in user; `[]` when it shows none (the org is asked). */
  shownClaims: ClaimName[];
}

export const TRAIT_KEYS: ReadonlyArray<keyof AppTraits> = ['protectedPath', 'homePath', 'browserTokenStorageKey', 'shownClaims'];
