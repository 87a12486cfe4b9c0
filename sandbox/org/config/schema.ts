/**
 * The shape of the declarative org configuration. Parts the store interprets (enrollment
 * requirements, access constraints, password complexity and recovery) are typed precisely; parts
 * served verbatim by the Management API stay loose objects so Okta-shaped fields pass through.
 */
import { z } from 'zod';

const Status = z.enum(['ACTIVE', 'INACTIVE']);
const Json = z.record(z.string(), z.unknown());

export const AuthenticatorKeySchema = z.enum(['okta_password', 'okta_email', 'phone_number']);
export type AuthenticatorKey = z.infer<typeof AuthenticatorKeySchema>;

const AuthenticatorConfig = z.object({
  key: AuthenticatorKeySchema,
  type: z.enum(['password', 'email', 'phone']),
  name: z.string(),
  status: Status,
  settings: z.looseObject({
    allowedFor: z.enum(['any', 'sso', 'recovery', 'none']).optional(),
    // Okta takes whole minutes; the sandbox also takes fractions, so its expiry specs wait seconds (a documented deviation).
    tokenLifetimeInMinutes: z.number().positive().optional(),
  }),
  methods: z.array(z.object({ type: z.enum(['sms', 'voice', 'email', 'password']), status: Status })).default([]),
});

const Rule = z.object({
  name: z.string(),
  priority: z.number().int().min(0),
  system: z.boolean().default(false),
  status: Status.default('ACTIVE'),
  conditions: Json.default({}),
  actions: Json,
});

const EnrollRequirement = z.enum(['REQUIRED', 'OPTIONAL', 'NOT_ALLOWED']);
export type EnrollRequirement = z.infer<typeof EnrollRequirement>;

const EnrollSettings = z.looseObject({
  type: z.literal('AUTHENTICATORS'),
  authenticators: z.array(z.looseObject({ key: AuthenticatorKeySchema, enroll: z.object({ self: EnrollRequirement }) })),
});

export const ComplexitySchema = z.looseObject({
  minLength: z.number().int().min(0),
  minLowerCase: z.number().int().min(0),
  minUpperCase: z.number().int().min(0),
  minNumber: z.number().int().min(0),
  minSymbol: z.number().int().min(0),
  excludeUsername: z.boolean(),
  excludeAttributes: z.array(z.string()).default([]),
});
export type PasswordComplexity = z.infer<typeof ComplexitySchema>;

const PasswordSettings = z.looseObject({
  password: z.looseObject({
    complexity: ComplexitySchema,
    age: z.looseObject({ historyCount: z.number().int().min(0) }),
  }),
});

const PolicyBase = {
  name: z.string(),
  description: z.string().default(''),
  priority: z.number().int().min(0),
  system: z.boolean().default(false),
  status: Status.default('ACTIVE'),
  /** Group names this policy applies to (resolved to ids by the store). */
  groups: z.array(z.string()).default([]),
  rules: z.array(Rule).min(1),
};

const Policy = z.discriminatedUnion('type', [
  z.object({ ...PolicyBase, type: z.literal('MFA_ENROLL'), settings: EnrollSettings }),
  z.object({ ...PolicyBase, type: z.literal('PASSWORD'), settings: PasswordSettings }),
  z.object({ ...PolicyBase, type: z.literal('ACCESS_POLICY'), settings: Json.optional() }),
  z.object({ ...PolicyBase, type: z.literal('OKTA_SIGN_ON'), settings: Json.optional() }),
]);
export type PolicyConfig = z.infer<typeof Policy>;
export type PolicyType = PolicyConfig['type'];
export type RuleConfig = z.infer<typeof Rule>;

const App = z.object({
  clientId: z.string().min(1),
  label: z.string(),
  status: Status.default('ACTIVE'),
  /** Name of the ACCESS_POLICY that decides how users of this app must authenticate. */
  accessPolicy: z.string(),
  /**
   * The "Email verification experience" callback: where Okta sends `?otp=&state=` after a magic
   * link. Okta's Management API documents no field for it, so when absent the first Login
   * redirect URI is used (where the embedded guides point it).
   */
  emailVerificationCallbackUri: z.url().optional(),
  tokenEndpointAuthMethod: z.enum(['none', 'client_secret_basic', 'client_secret_post']).default('none'),
  clientSecret: z.string().optional(),
  pkceRequired: z.boolean().default(true),
  /** Okta's "Federation Broker Mode": any user may sign in without being assigned. Off, as in Okta. */
  implicitAssignment: z.boolean().default(false),
  /** Names of the groups the app is assigned to (`Everyone`: every user), as Okta's app assignments. */
  groups: z.array(z.string()).default([]),
  oauthClient: z.looseObject({
    application_type: z.enum(['web', 'browser', 'native', 'service']),
    grant_types: z.array(z.string()).min(1),
    response_types: z.array(z.string()).default(['code']),
    redirect_uris: z.array(z.url()).min(1),
    post_logout_redirect_uris: z.array(z.url()).default([]),
  }),
});
export type AppConfig = z.infer<typeof App>;

export const TrustedOriginScopeSchema = z.enum(['CORS', 'REDIRECT', 'IFRAME_EMBED']);

const TrustedOrigin = z.object({
  name: z.string().min(1),
  origin: z.url(),
  scopes: z.array(TrustedOriginScopeSchema).min(1),
  status: Status.default('ACTIVE'),
});
export type TrustedOriginConfig = z.infer<typeof TrustedOrigin>;

const AuthServerPolicy = z.object({
  name: z.string(),
  description: z.string().default(''),
  priority: z.number().int().min(0),
  system: z.boolean().default(false),
  status: Status.default('ACTIVE'),
  clients: z.array(z.string()).default(['ALL_CLIENTS']),
  rules: z.array(Rule).min(1),
});

const AuthServer = z.object({
  id: z.string().min(1),
  name: z.string(),
  description: z.string().default(''),
  audiences: z.array(z.string()),
  issuerMode: z.string().default('ORG_URL'),
  status: Status.default('ACTIVE'),
  scopes: z.array(z.string()),
  policies: z.array(AuthServerPolicy),
});
export type AuthServerConfig = z.infer<typeof AuthServer>;

const ApiThrottle = z.object({
  windowSeconds: z.number().int().positive(),
  defaultPerWindow: z.number().int().positive(),
  perWindow: z.record(z.string(), z.number().int().positive()),
});

export const OrgConfigSchema = z.object({
  org: z.object({ name: z.string(), subdomain: z.string() }),
  /** Behaviour switches; unknown switches are kept so other parts can add their own. */
  features: z.looseObject({ emailEnrolledByDefault: z.boolean().default(false) }),
  /** Fault injection as data (e.g. make SMS delivery fail); read by the parts that honour them. */
  faults: Json.default({}),
  /** Seeded target defects by id (sandbox/defects/catalog.ts); empty for the conforming org and apps. */
  defects: z.array(z.string()).default([]),
  throttles: z.object({
    smsPerNumberSeconds: z.number().min(0),
    voicePerNumberSeconds: z.number().min(0),
    emailPerRecipientSeconds: z.number().min(0),
    api: ApiThrottle,
  }),
  groups: z.array(z.object({ name: z.string(), description: z.string().default(''), type: z.enum(['BUILT_IN', 'OKTA_GROUP']) })),
  authenticators: z.array(AuthenticatorConfig).min(1),
  policies: z.array(Policy),
  apps: z.array(App),
  /** Origins a browser may call the org from (CORS) or be sent back to (REDIRECT), as Okta's Trusted Origins. */
  trustedOrigins: z.array(TrustedOrigin).default([]),
  authorizationServers: z.array(AuthServer),
  orgAuthorizationServer: z.looseObject({
    scopes: z.array(z.string()),
    grantTypes: z.array(z.string()),
    accessTokenLifetimeMinutes: z.number().int().positive(),
    idTokenLifetimeMinutes: z.number().int().positive(),
  }),
});

export type OrgConfig = z.infer<typeof OrgConfigSchema>;
