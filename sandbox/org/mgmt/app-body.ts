/**
 * Reads an OIDC app from the body of Okta's create/replace app API (as `applicationApi`
 * `createApplication` / `replaceApplication` send it), and checks it the way Okta does before saving: every problem
 * of the request is one `errorCauses` entry of a single 400 E0000001, so a caller fixes them all
 * at once. Only `OPENID_CONNECT` apps are emulated; anything else is refused by name.
 */
import { OrgApiError } from '../store/errors.ts';
import type { AppInput, OAuthClientSettings, TokenEndpointAuthMethod } from '../store/index.ts';

const APP_TYPES = ['web', 'browser', 'native', 'service'] as const;
const AUTH_METHODS: TokenEndpointAuthMethod[] = ['none', 'client_secret_basic', 'client_secret_post'];
const GRANTS = ['authorization_code', 'interaction_code', 'refresh_token', 'implicit', 'client_credentials', 'password', 'urn:ietf:params:oauth:grant-type:device_code'];
/** Grants that send the user back to the app, so the app must register where. */
const REDIRECTING = ['authorization_code', 'interaction_code', 'implicit'];
const MIN_SECRET_LENGTH = 14;

type Json = Record<string, unknown>;
const obj = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const strings = (value: unknown): string[] | undefined => (Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined);

function isAbsoluteUrl(value: string): boolean {
  try {
    return Boolean(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** The app a request describes, or E0000001 listing every problem found. */
export function readAppBody(body: Json): AppInput {
  const causes: string[] = [];
  const problem = (field: string, text: string) => causes.push(`${field}: ${text}`);
  if (body.signOnMode !== 'OPENID_CONNECT') {
    problem('signOnMode', `The sandbox org emulates OPENID_CONNECT apps only; got ${JSON.stringify(body.signOnMode ?? null)}.`);
  }
  const label = typeof body.label === 'string' ? body.label.trim() : '';
  if (!label) problem('label', 'The field cannot be left blank.');

  const settings = obj(body.settings);
  const client = obj(settings.oauthClient);
  const credentials = obj(obj(body.credentials).oauthClient);
  const appType = client.application_type as (typeof APP_TYPES)[number];
  if (!APP_TYPES.includes(appType)) problem('settings.oauthClient.application_type', `Use one of ${APP_TYPES.join(', ')}.`);

  const grants = strings(client.grant_types) ?? (appType === 'service' ? ['client_credentials'] : ['authorization_code']);
  const unknownGrants = grants.filter((g) => !GRANTS.includes(g));
  if (grants.length === 0 || unknownGrants.length > 0) problem('settings.oauthClient.grant_types', `Unknown or missing grant types: ${unknownGrants.join(', ') || '(none)'}; known: ${GRANTS.join(', ')}.`);
  if (grants.includes('refresh_token') && !grants.some((g) => ['authorization_code', 'interaction_code', 'password', 'urn:ietf:params:oauth:grant-type:device_code'].includes(g))) {
    problem('settings.oauthClient.grant_types', 'refresh_token needs a grant that signs a user in (authorization_code or interaction_code).');
  }
  if (appType === 'browser' && grants.includes('client_credentials')) problem('settings.oauthClient.grant_types', 'A browser (SPA) app cannot use client_credentials.');

  const redirectUris = uriList(client.redirect_uris, 'settings.oauthClient.redirect_uris', problem);
  const logoutUris = uriList(client.post_logout_redirect_uris, 'settings.oauthClient.post_logout_redirect_uris', problem);
  if (grants.some((g) => REDIRECTING.includes(g)) && redirectUris.length === 0) {
    problem('settings.oauthClient.redirect_uris', `Give at least one Login redirect URI for the grant types ${grants.filter((g) => REDIRECTING.includes(g)).join(', ')}.`);
  }

  const method = (credentials.token_endpoint_auth_method ?? (appType === 'web' || appType === 'service' ? 'client_secret_basic' : 'none')) as TokenEndpointAuthMethod;
  if (!AUTH_METHODS.includes(method)) problem('credentials.oauthClient.token_endpoint_auth_method', `The sandbox org emulates ${AUTH_METHODS.join(', ')}; got ${JSON.stringify(method)}.`);
  if (appType === 'browser' && method !== 'none') problem('credentials.oauthClient.token_endpoint_auth_method', 'A browser (SPA) app is a public client: use "none" (with PKCE).');
  if ((appType === 'web' || appType === 'service') && method === 'none') problem('credentials.oauthClient.token_endpoint_auth_method', `A ${appType} app must authenticate: use client_secret_basic or client_secret_post.`);
  const secret = typeof credentials.client_secret === 'string' ? credentials.client_secret : undefined;
  if (secret !== undefined && method === 'none') problem('credentials.oauthClient.client_secret', 'A public client (token_endpoint_auth_method "none") has no client secret.');
  if (secret !== undefined && secret.length < MIN_SECRET_LENGTH) problem('credentials.oauthClient.client_secret', `Use at least ${MIN_SECRET_LENGTH} characters.`);
  const pkceRequired = typeof credentials.pkce_required === 'boolean' ? credentials.pkce_required : method === 'none';
  if (method === 'none' && !pkceRequired) problem('credentials.oauthClient.pkce_required', 'A public client must use PKCE: set it to true.');

  if (causes.length > 0) {
    const fields = [...new Set(causes.map((c) => c.slice(0, c.indexOf(':'))))];
    throw new OrgApiError(400, 'E0000001', `Api validation failed: ${fields.join(', ')}`, causes);
  }
  const oauthClient: OAuthClientSettings = {
    ...client,
    application_type: appType,
    grant_types: grants,
    response_types: strings(client.response_types) ?? ['code'],
    redirect_uris: redirectUris,
    post_logout_redirect_uris: logoutUris,
  };
  return {
    label,
    clientId: typeof credentials.client_id === 'string' && credentials.client_id ? credentials.client_id : undefined,
    clientSecret: secret,
    tokenEndpointAuthMethod: method,
    pkceRequired,
    implicitAssignment: settings.implicitAssignment === true,
    oauthClient,
  };
}

function uriList(value: unknown, field: string, problem: (field: string, text: string) => void): string[] {
  if (value === undefined || value === null) return [];
  const list = strings(value);
  if (!list) {
    problem(field, 'Give a list of absolute URIs.');
    return [];
  }
  for (const uri of list) if (!isAbsoluteUrl(uri)) problem(field, `"${uri}" is not an absolute URI.`);
  return list;
}
