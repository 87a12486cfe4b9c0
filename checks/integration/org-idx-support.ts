/**
 * Shared set-up for the org's IDX/OAuth integration tests: an org on an ephemeral port with a
 * manual clock, users created through the store, and REAL auth-js clients that each keep their
 * own in-memory storage (auth-js's default Node "memory" storage is one module-wide object,
 * which would make parallel clients share transactions).
 */
import { randomBytes } from 'node:crypto';
import type { OktaAuth, OktaAuthOptions } from '@okta/okta-auth-js';
import { nodeAuthClient } from '../../helpers/contract/auth-client.ts';
import { strongPassword } from '../../helpers/naming.ts';
import { SANDBOX_IDS } from '../../helpers/config/sandbox-target.ts';
import { ManualClock } from '../../sandbox/lib/service.ts';
import { startOrg, type RunningOrg, type StartOrgOptions } from '../../sandbox/org/server.ts';

export const SDK_APP = 'http://127.0.0.1:47905';
export const WIDGET_APP = 'http://127.0.0.1:47906';
export const SDK_CLIENT = SANDBOX_IDS.sdkClientId;
export const WIDGET_CLIENT = SANDBOX_IDS.widgetClientId;
export const API_TOKEN = 'test-api-token-not-a-secret';

export interface TestOrg extends RunningOrg {
  manualClock: ManualClock;
}

export async function startTestOrg(overrides: Partial<StartOrgOptions> = {}): Promise<TestOrg> {
  const manualClock = new ManualClock();
  const org = await startOrg({
    port: 0,
    apiToken: API_TOKEN,
    appUrls: { sdkApp: SDK_APP, widgetApp: WIDGET_APP },
    clientIds: { sdkApp: SDK_CLIENT, widgetApp: WIDGET_CLIENT },
    clock: manualClock,
    ...overrides,
  });
  return Object.assign(org, { manualClock });
}

/**
 * A password that satisfies the default policy: the suite's own (a symbol every third character),
 * so no run of letters and digits can spell a part of the login by chance. A random base64 tail
 * did ("idx" in about one password in three thousand) and failed a CI run on "no parts of your username".
 */
export { strongPassword };

export interface TestUser {
  id: string;
  login: string;
  password: string;
}

export function createUser(org: RunningOrg, options: { phone?: string; emailFactor?: boolean } = {}): TestUser {
  const login = `idx-${randomBytes(5).toString('hex')}@example.test`;
  const password = strongPassword();
  const user = org.store.users.create({ profile: { login, email: login, firstName: 'Ida', lastName: 'Tester' }, password });
  if (options.phone) org.store.enrollments.addPhone(user.id, { phoneNumber: options.phone });
  if (options.emailFactor) org.store.enrollments.addEmail(user.id);
  return { id: user.id, login, password };
}

/** A real auth-js 8 client in step mode with storage of its own. */
export function authClient(org: RunningOrg, clientId: string, appUrl: string, extra: Partial<OktaAuthOptions> = {}): OktaAuth {
  return nodeAuthClient({ issuer: `${org.url}/oauth2/default`, clientId, appUrl }, extra);
}

/** Random fictional E.164 numbers, so parallel tests never hit each other's SMS throttle. */
export function phoneNumber(): string {
  return `+1555${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
}

/**
 * Flow 1 with an enrolled phone, in auth-js, up to the moment the org has sent the SMS code: a new
 * user with a fresh number, identify with password, choose the phone, receive by SMS.
 */
export async function signInUntilSmsSent(org: RunningOrg): Promise<{ auth: OktaAuth; user: TestUser; phone: string }> {
  const phone = phoneNumber();
  const user = createUser(org, { phone });
  const auth = authClient(org, SDK_CLIENT, SDK_APP);
  await auth.idx.start();
  await auth.idx.proceed({ step: 'identify', username: user.login, password: user.password });
  await auth.idx.proceed({ step: 'select-authenticator-authenticate', authenticator: 'phone_number' });
  await auth.idx.proceed({ step: 'authenticator-verification-data', methodType: 'sms' });
  return { auth, user, phone };
}
