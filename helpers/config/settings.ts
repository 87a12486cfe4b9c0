/**
 * The documented settings: one entry per concept, each with why it exists and how to fix it when it
 * is wrong. `.env.example` and the README's settings table are written from this list, and the
 * validator uses the same words, so the three never drift apart.
 */
export interface SettingDoc {
  name: string;
  /** One line on why the setting exists. */
  why: string;
  /** Where the value comes from: told to the user when it is missing. */
  fix: string;
  /** Example value for `.env.example` (never a real secret). */
  example: string;
  required: 'live' | 'optional' | 'twilio' | 'mailosaur-sms';
}

export const SETTINGS: SettingDoc[] = [
  {
    name: 'OKTA_ORG_URL',
    why: 'The Okta org under test. Leave it unset to run against the built-in sandbox.',
    fix: 'set it to your org address, e.g. https://dev-123456.okta.com (Admin Console URL without "-admin")',
    example: 'https://dev-123456.okta.com',
    required: 'live',
  },
  {
    name: 'OKTA_API_TOKEN',
    why: 'Management API token that creates and removes one test user per test.',
    fix: 'create one under Security > API > Tokens in the Admin Console',
    example: '00aBcDeF...',
    required: 'live',
  },
  {
    name: 'OKTA_ISSUER',
    why: 'Authorization server the apps sign in against; ID tokens are checked against it.',
    fix: 'copy the Issuer URI from Security > API > Authorization Servers (default: <org>/oauth2/default)',
    example: 'https://dev-123456.okta.com/oauth2/default',
    required: 'optional',
  },
  {
    name: 'SIGNIN_APP_URL',
    why: 'Base URL of the deployed embedded-SDK app (flows 1 and 2: password + SMS, password recovery).',
    fix: 'set it to the URL where your embedded-SDK sign-in app is served, e.g. https://signin.example.com',
    example: 'https://signin.example.com',
    required: 'live',
  },
  {
    name: 'OKTA_SDK_CLIENT_ID',
    why: 'Client ID of the embedded-SDK app integration, used to check its org configuration and tokens.',
    fix: 'copy the Client ID from Applications > Applications > (your embedded-SDK app) > General',
    example: '0oa1a2b3c4d5e6f7g8h9',
    required: 'live',
  },
  {
    name: 'WIDGET_APP_URL',
    why: 'Base URL of the deployed embedded Sign-In Widget app (flow 3: email-only sign-in).',
    fix: 'set it to the URL where your embedded-widget app is served, e.g. https://widget.example.com',
    example: 'https://widget.example.com',
    required: 'live',
  },
  {
    name: 'OKTA_WIDGET_CLIENT_ID',
    why: 'Client ID of the embedded-widget app integration; ID tokens must carry it as audience.',
    fix: 'copy the Client ID from Applications > Applications > (your widget app) > General',
    example: '0oa9h8g7f6e5d4c3b2a1',
    required: 'live',
  },
  {
    name: 'MAILOSAUR_API_KEY',
    why: 'Reads the email OTPs and magic links Okta sends to test users.',
    fix: 'copy a server API key from the Mailosaur dashboard (API > API keys)',
    example: 'your-mailosaur-api-key',
    required: 'live',
  },
  {
    name: 'MAILOSAUR_SERVER_ID',
    why: 'The Mailosaur server (inbox) whose domain test-user addresses use.',
    fix: 'copy the 8-character Server ID from the Mailosaur dashboard',
    example: 'abcd1234',
    required: 'live',
  },
  {
    name: 'MAILOSAUR_BASE_URL',
    why: 'Only for a self-hosted Mailosaur-compatible endpoint; unset means the real service.',
    fix: 'use an https URL ending in "/", or remove the setting',
    example: '',
    required: 'optional',
  },
  {
    name: 'MAILOSAUR_CA_FILE',
    why: 'PEM file of the CA that signed a loopback Mailosaur-compatible endpoint (the sandbox writes one).',
    fix: 'point it at an existing PEM file, or remove the setting',
    example: '',
    required: 'optional',
  },
  {
    name: 'MAILOSAUR_EMAIL_DOMAIN',
    why: 'Domain that delivers to your Mailosaur server, if not <server id>.mailosaur.net.',
    fix: 'set it to the domain shown for your server in the Mailosaur dashboard',
    example: '',
    required: 'optional',
  },
  {
    name: 'SMS_PROVIDER',
    why: 'Where SMS codes are read: "twilio" (numbers on your Twilio account) or "mailosaur" (Mailosaur SMS).',
    fix: 'use "twilio" or "mailosaur"',
    example: 'twilio',
    required: 'optional',
  },
  {
    name: 'TWILIO_ACCOUNT_SID',
    why: 'Twilio account that owns the test phone numbers (SMS_PROVIDER=twilio).',
    fix: 'copy the Account SID (AC followed by 32 hex characters) from the Twilio console',
    example: 'AC00000000000000000000000000000000',
    required: 'twilio',
  },
  {
    name: 'TWILIO_AUTH_TOKEN',
    why: 'Reads inbound SMS on the test numbers (SMS_PROVIDER=twilio), unless an API key is set instead.',
    fix: 'copy the Auth Token from the Twilio console, or set TWILIO_API_KEY_SID and TWILIO_API_KEY_SECRET instead',
    example: 'your-twilio-auth-token',
    required: 'twilio',
  },
  {
    name: 'TWILIO_API_KEY_SID',
    why: 'An API key (SK...) used instead of TWILIO_AUTH_TOKEN, as Twilio recommends for tools; it needs read access to Messages.',
    fix: 'create a Standard API key in the Twilio console (Account > API keys) and copy its SID (SK followed by 32 hex characters)',
    example: '',
    required: 'optional',
  },
  {
    name: 'TWILIO_API_KEY_SECRET',
    why: 'The secret of TWILIO_API_KEY_SID (shown once, when the key is created).',
    fix: 'copy the secret shown when the API key was created, or create a new key',
    example: '',
    required: 'optional',
  },
  {
    name: 'TWILIO_PHONE_NUMBERS',
    why: 'Pool of Twilio numbers; each running test leases one exclusively (Okta sends one SMS per number per 30 s).',
    fix: 'list your Twilio numbers in E.164 form, comma-separated, e.g. +15551230001,+15551230002',
    example: '+15551230001,+15551230002',
    required: 'twilio',
  },
  {
    name: 'TWILIO_API_BASE_URL',
    why: 'Only for a Twilio-compatible stand-in; unset means https://api.twilio.com.',
    fix: 'use an http(s) URL, or remove the setting',
    example: '',
    required: 'optional',
  },
  {
    name: 'SMS_THROTTLE_SECONDS',
    why: "The org's SMS throttle per number (Okta's: 30 s, the default). A number rests this long after a test before another test leases it, so no test's first SMS meets the throttle.",
    fix: 'use a whole number of seconds from 0 to 600, or remove the setting for Okta\'s 30 s',
    example: '30',
    required: 'optional',
  },
  {
    name: 'MAILOSAUR_SMS_NUMBERS',
    why: 'Pool of Mailosaur SMS numbers (SMS_PROVIDER=mailosaur); each running test leases one.',
    fix: 'list the numbers reserved in Mailosaur in E.164 form, comma-separated',
    example: '+15557650001',
    required: 'mailosaur-sms',
  },
  {
    name: 'PASSWORD_OPTIONAL_GROUP',
    why: 'Group whose enrollment policy makes the password optional; email-only test users (flow 3) are created in it.',
    fix: 'name the group the password-optional guide had you create (default "Password-optional users")',
    example: 'Password-optional users',
    required: 'optional',
  },
  {
    name: 'TEST_USER_GROUPS',
    why: 'Groups the apps under test are assigned to; test users are created in them, because on a real org a user not assigned to the app cannot sign in.',
    fix: 'list the groups assigned to both apps (Applications > your app > Assignments), comma-separated, e.g. Everyone or "Conformance testers"',
    example: 'Everyone',
    required: 'optional',
  },
  {
    name: 'LOCATOR_OVERRIDES',
    why: 'JSON file that overrides page-object locators, for apps whose pages differ from the reference apps.',
    fix: 'point it at an existing JSON file (see pages/locators.ts for the keys), or remove the setting',
    example: '',
    required: 'optional',
  },
  {
    name: 'APP_DRIVER',
    why: 'Module that adapts the suite to your apps (locators, conventions such as a protected page or where tokens live); unset means the reference apps.',
    fix: 'point it at an existing driver module (see drivers/sdk-variant.driver.ts and the README, "Testing your own app"), or remove the setting',
    example: '',
    required: 'optional',
  },
  {
    name: 'TEST_USER_PREFIX',
    why: 'Prefix of every test user login, so the sweeper removes only what this suite created.',
    fix: 'use 2-20 lowercase letters, digits or dashes, starting with a letter',
    example: 'oiec',
    required: 'optional',
  },
  {
    name: 'SWEEP_AFTER_MINUTES',
    why: 'Test users older than this are leftovers of killed runs and are removed at the end of a run.',
    fix: 'use a whole number of minutes, at least 10',
    example: '60',
    required: 'optional',
  },
  {
    name: 'SANDBOX_PORT',
    why: 'First of the nine consecutive loopback ports the built-in sandbox listens on.',
    fix: 'use a free port number between 1024 and 65000, best below 32768 (higher ports are lent to outgoing connections)',
    example: '24100',
    required: 'optional',
  },
  {
    name: 'SANDBOX_ORG_CONFIG',
    why: 'JSON file overlaid on the built-in sandbox org (extra apps, groups, policy choices, throttles), as npm run sandbox -- --org-config does.',
    fix: 'point it at an existing JSON file (see "Test your own app offline" in the README), or remove the setting',
    example: '',
    required: 'optional',
  },
  {
    name: 'BROWSER_PATH',
    why: 'Chromium executable to use instead of the one the setup step finds.',
    fix: 'point it at an existing Chromium or Chrome executable, or remove the setting',
    example: '',
    required: 'optional',
  },
];

export function settingDoc(name: string): SettingDoc {
  const doc = SETTINGS.find((s) => s.name === name);
  if (!doc) throw new Error(`No documented setting named ${name}`);
  return doc;
}
