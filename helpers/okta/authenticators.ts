/**
 * What the org's authenticators say about timing. The expiry specs wait out the real lifetime of
 * the email code, read from the org, so they hold on any org whatever its setting.
 */
import { ConfigError } from '../errors.ts';
import type { OktaAdmin } from './admin-client.ts';
import { oktaCall } from './errors.ts';

/** Okta's default lifetime of an email code and magic link, when the authenticator does not say. */
export const DEFAULT_EMAIL_CODE_LIFETIME_MINUTES = 5;

interface EmailSettings {
  tokenLifetimeInMinutes?: number;
}

/** How long an email code (and its magic link) stays valid in this org, in milliseconds. */
export async function emailCodeLifetimeMs(admin: OktaAdmin): Promise<number> {
  const found: { status?: string; settings?: EmailSettings }[] = [];
  const authenticators = await oktaCall('list authenticators', admin.orgUrl, () => admin.client.authenticatorApi.listAuthenticators());
  await oktaCall('read the email authenticator', admin.orgUrl, () =>
    authenticators.each((a) => {
      if (a.key === 'okta_email') found.push(a as { status?: string; settings?: EmailSettings });
    }),
  );
  const email = found[0];
  if (!email || email.status !== 'ACTIVE') {
    throw new ConfigError([
      `${admin.orgUrl} has no active Email authenticator: activate it under Security > Authenticators, as the email guides require.`,
    ]);
  }
  return (email.settings?.tokenLifetimeInMinutes ?? DEFAULT_EMAIL_CODE_LIFETIME_MINUTES) * 60_000;
}
