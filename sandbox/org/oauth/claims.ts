/** The user claims each OIDC scope releases (ID token and userinfo). */
import type { DirUser } from '../idx/directory.ts';

export function profileClaims(user: DirUser, scopes: string[], full: boolean): Record<string, unknown> {
  const claims: Record<string, unknown> = {};
  if (scopes.includes('profile')) {
    claims.name = [user.firstName, user.lastName].filter(Boolean).join(' ') || user.login;
    claims.preferred_username = user.login;
    if (full) {
      claims.given_name = user.firstName;
      claims.family_name = user.lastName;
      claims.locale = user.locale;
      claims.zoneinfo = user.timeZone;
      claims.updated_at = Math.floor(Date.parse(user.lastUpdated) / 1000);
    }
  }
  if (scopes.includes('email')) {
    claims.email = user.email;
    claims.email_verified = true;
  }
  return claims;
}

const AMR: Record<string, string> = { okta_password: 'pwd', okta_email: 'email', phone_number: 'sms' };

/** `amr` from the authenticators verified during the transaction (plus `mfa` for two or more). */
export function amrFor(verifiedKeys: string[]): string[] {
  const methods = [...new Set(verifiedKeys.map((key) => AMR[key] ?? key))];
  return methods.length >= 2 ? [...methods, 'mfa'] : methods;
}
