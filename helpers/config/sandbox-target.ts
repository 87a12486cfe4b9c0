/**
 * The sandbox target's settings: the same keys a live `.env` holds, with local URLs and fixed,
 * not-secret credentials. Defined once here; `sandbox/main.ts` starts its services from these
 * values and the suite reads them through the config module, so both always agree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Below the ranges operating systems lend to outgoing connections (Linux 32768-60999, macOS and
 * Windows 49152-65535). Inside them, any client connection that just closed keeps its port in
 * TIME_WAIT for a minute, and Linux refuses to listen on it: after the integration tests' thousands
 * of loopback connections, CI once failed to start the sandbox on 47104 this way.
 */
export const DEFAULT_SANDBOX_PORT = 24100;
export const SANDBOX_HOST = '127.0.0.1';

/** Offsets from the base port, one per sandbox service. */
export const SANDBOX_PORT_OFFSETS = {
  org: 0,
  inboxApi: 1,
  inboxPage: 2,
  inboxSmtp: 3,
  phone: 4,
  sdkApp: 5,
  widgetApp: 6,
  /** The embedded-SDK app's deliberately different look (sandbox/apps/sdk-app/look.ts). */
  sdkAppVariant: 7,
  /** The embedded-widget app keeping its tokens on its server (`tokens: 'server'`). */
  widgetAppServerTokens: 8,
} as const;

export type SandboxService = keyof typeof SANDBOX_PORT_OFFSETS;

export function sandboxPorts(basePort: number): Record<SandboxService, number> {
  return Object.fromEntries(
    Object.entries(SANDBOX_PORT_OFFSETS).map(([name, offset]) => [name, basePort + offset]),
  ) as Record<SandboxService, number>;
}

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the sandbox keeps generated material (its local CA for the Mailosaur-compatible API). */
export const SANDBOX_STATE_DIR = path.join(projectRoot, '.cache', 'sandbox');
export const SANDBOX_CA_FILE = path.join(SANDBOX_STATE_DIR, 'tls', 'ca.pem');

/** Fixed identifiers of the sandbox org and services. Not secrets: they only open loopback stand-ins. */
export const SANDBOX_IDS = {
  apiToken: '00sbxSandboxApiTokenNotASecret0000000000AB',
  sdkClientId: '0oasbxsdkapp00000001',
  sdkVariantClientId: '0oasbxsdkvariant0001',
  widgetServerClientId: '0oasbxwidgetsrv00001',
  widgetClientId: '0oasbxwidgetapp00001',
  mailosaurApiKey: 'sandboxmailosaurkey0000000000000',
  mailosaurServerId: 'sbx0mail',
  twilioAccountSid: 'AC0000000000000000000000000000a1b2',
  twilioAuthToken: 'sandbox0twilio0auth0token0000000',
  /** The number the org's telephony provider sends from. */
  smsSender: '+15550100999',
  /** Test phone numbers the suite leases, one per running test (fictional 555-01xx range). */
  twilioNumbers: Array.from({ length: 12 }, (_, i) => `+155501001${String(i + 1).padStart(2, '0')}`),
  mailosaurSmsNumbers: Array.from({ length: 4 }, (_, i) => `+155501002${String(i + 1).padStart(2, '0')}`),
} as const;

/** The `.env`-style settings that point the suite at a sandbox started on `basePort`. */
export function sandboxSettings(basePort: number = DEFAULT_SANDBOX_PORT): Record<string, string> {
  const ports = sandboxPorts(basePort);
  const url = (port: number, scheme = 'http') => `${scheme}://${SANDBOX_HOST}:${port}`;
  return {
    OKTA_ORG_URL: url(ports.org),
    OKTA_API_TOKEN: SANDBOX_IDS.apiToken,
    OKTA_ISSUER: `${url(ports.org)}/oauth2/default`,
    SIGNIN_APP_URL: url(ports.sdkApp),
    OKTA_SDK_CLIENT_ID: SANDBOX_IDS.sdkClientId,
    WIDGET_APP_URL: url(ports.widgetApp),
    OKTA_WIDGET_CLIENT_ID: SANDBOX_IDS.widgetClientId,
    MAILOSAUR_API_KEY: SANDBOX_IDS.mailosaurApiKey,
    MAILOSAUR_SERVER_ID: SANDBOX_IDS.mailosaurServerId,
    MAILOSAUR_BASE_URL: `${url(ports.inboxApi, 'https')}/`,
    MAILOSAUR_CA_FILE: SANDBOX_CA_FILE,
    SMS_PROVIDER: 'twilio',
    TWILIO_ACCOUNT_SID: SANDBOX_IDS.twilioAccountSid,
    TWILIO_AUTH_TOKEN: SANDBOX_IDS.twilioAuthToken,
    TWILIO_PHONE_NUMBERS: SANDBOX_IDS.twilioNumbers.join(','),
    TWILIO_API_BASE_URL: url(ports.phone),
    MAILOSAUR_SMS_NUMBERS: SANDBOX_IDS.mailosaurSmsNumbers.join(','),
    SMS_THROTTLE_SECONDS: String(sandboxSmsThrottleSeconds()),
  };
}

let smsThrottleSeconds: number | undefined;

/**
 * The sandbox org's SMS throttle, as its configuration sets it (a documented deviation from Okta's
 * 30 s): the org's setting, read from the one file the org itself starts from, so the two never
 * disagree (read once per process: every config load of the sandbox target asks for it). An
 * `--org-config` overlay that lengthens it should set SMS_THROTTLE_SECONDS too.
 */
function sandboxSmsThrottleSeconds(): number {
  if (smsThrottleSeconds === undefined) {
    const file = path.join(projectRoot, 'sandbox', 'org', 'config', 'default-org.json');
    const org = JSON.parse(fs.readFileSync(file, 'utf8')) as { throttles: { smsPerNumberSeconds: number } };
    smsThrottleSeconds = org.throttles.smsPerNumberSeconds;
  }
  return smsThrottleSeconds;
}

/**
 * The settings of the sandbox's second target: the variant look of the embedded-SDK app and the
 * widget app keeping its tokens on its server (each its own app integration) and the worked-example driver that adapts the suite to it. Laid over
 * `sandboxSettings` by the `variant` Playwright project (playwright.config.ts).
 */
export function sandboxVariantSettings(basePort: number = DEFAULT_SANDBOX_PORT): Record<string, string> {
  return {
    SIGNIN_APP_URL: `http://${SANDBOX_HOST}:${sandboxPorts(basePort).sdkAppVariant}`,
    OKTA_SDK_CLIENT_ID: SANDBOX_IDS.sdkVariantClientId,
    WIDGET_APP_URL: `http://${SANDBOX_HOST}:${sandboxPorts(basePort).widgetAppServerTokens}`,
    OKTA_WIDGET_CLIENT_ID: SANDBOX_IDS.widgetServerClientId,
    APP_DRIVER: path.join(projectRoot, 'drivers', 'sdk-variant.driver.ts'),
  };
}
