/** The typed configuration of one target (sandbox or live). Built only by `loadConfig()`. */
export type TargetKind = 'sandbox' | 'live';
export type SmsProvider = 'twilio' | 'mailosaur';

/** How the suite signs in to Twilio: the account's auth token, or an API key (SK...) and its secret. */
export type TwilioCredentials = { kind: 'auth-token'; authToken: string } | { kind: 'api-key'; keySid: string; keySecret: string };

export interface SuiteConfig {
  target: TargetKind;
  okta: {
    orgUrl: string;
    apiToken: string;
    /** Authorization server issuer, default `<org>/oauth2/default`. */
    issuer: string;
  };
  /** The embedded-SDK app (flows 1 and 2). */
  sdkApp: { url: string; clientId: string };
  /** The embedded-widget app (flow 3). */
  widgetApp: { url: string; clientId: string };
  mailosaur: {
    apiKey: string;
    serverId: string;
    /** Absent for the real service; a loopback https URL ending in `/` for a stand-in. */
    baseUrl?: string;
    /** PEM file of the CA that signed a loopback stand-in's certificate. */
    caFile?: string;
    /** Domain that delivers to the server: `<serverId>.mailosaur.net` unless overridden. */
    emailDomain: string;
  };
  sms: {
    provider: SmsProvider;
    /** The pool of numbers tests lease from (Twilio numbers or Mailosaur SMS numbers, per provider). */
    numbers: string[];
    /** The org's SMS throttle per number (SMS_THROTTLE_SECONDS): how long a released number rests before a test leases it again. */
    throttleSeconds: number;
    twilio?: { accountSid: string; credentials: TwilioCredentials; apiBaseUrl?: string };
  };
  /** Group whose enrollment policy makes the password optional; email-only users join it. */
  passwordOptionalGroup: string;
  /**
   * Groups the apps under test are assigned to. Test users are created in them (built-in groups
   * such as Everyone hold every user already); the preflight checks the apps' assignments.
   */
  testUserGroups: string[];
  /** JSON file overlaid on the sandbox org the suite starts (sandbox target only). */
  sandboxOrgConfig?: string;
  /** JSON file that overrides page-object locators for a target whose pages differ. */
  locatorOverridesFile?: string;
  /** App driver module (absolute path) for a target whose apps differ from the reference apps. */
  appDriverFile?: string;
  /** Prefix of every test user's login; the sweeper deletes leftovers by it. */
  testUserPrefix: string;
  /** Identifies this run in test-user logins, shared by all workers of a run. */
  runId: string;
  /** Leftover test users older than this are swept (minutes). */
  sweepAfterMinutes: number;
  /** Base port of a sandbox the suite starts itself (sandbox target only). */
  sandboxPort: number;
  /** Directory for run state shared between workers (phone leases, secret registry). */
  stateDir: string;
}
