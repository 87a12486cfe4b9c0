/**
 * The ID tokens an OAuth token endpoint handed to the browser: evidence a browser-side app (the
 * widget's auth-js exchanging its interaction code) leaves whether or not it keeps the tokens. A
 * token the org issued must verify against the org's own keys; an app that refuses a bad one
 * shows no signed-in page, and this evidence names why. Apps that exchange on their server leave
 * nothing here, and the org's System Log is the evidence instead.
 *
 * The tokens stay in memory, are registered as secrets (so artifacts are scanned for them) and
 * are only ever compared or verified, never printed.
 */
import type { BrowserContext, Response } from '@playwright/test';

export interface IssuedTokens {
  /** Every ID token a token endpoint answered this browser so far (waits for answers still being read). */
  idTokens(): Promise<string[]>;
}

/** OAuth 2.0 token endpoints: Okta's `/oauth2[/{server}]/v1/token`, and any issuer's `/token`. */
const TOKEN_ENDPOINT = /\/(v1\/)?token$/;

const watched = new WeakMap<BrowserContext, IssuedTokens>();

/** Starts (once per browser context, so every tab of it counts) recording the ID tokens it receives. */
export function watchIssuedTokens(context: BrowserContext, onToken?: (token: string) => void): IssuedTokens {
  const existing = watched.get(context);
  if (existing) return existing;
  const reads: Promise<string | undefined>[] = [];
  context.on('response', (response) => {
    if (isTokenAnswer(response)) reads.push(idTokenOf(response, onToken));
  });
  const issued: IssuedTokens = {
    async idTokens() {
      const tokens = await Promise.all(reads);
      return tokens.filter((t): t is string => typeof t === 'string');
    },
  };
  watched.set(context, issued);
  return issued;
}

function isTokenAnswer(response: Response): boolean {
  if (response.request().method() !== 'POST' || response.status() !== 200) return false;
  try {
    return TOKEN_ENDPOINT.test(new URL(response.url()).pathname);
  } catch {
    return false;
  }
}

/** Read at once: the body is gone once the page that asked navigates away. */
async function idTokenOf(response: Response, onToken?: (token: string) => void): Promise<string | undefined> {
  try {
    const body = (await response.json()) as { id_token?: unknown };
    if (typeof body.id_token !== 'string') return undefined;
    onToken?.(body.id_token);
    return body.id_token;
  } catch {
    return undefined;
  }
}
