/**
 * Test harness of the reference-app tests: an emulated org and both apps on free loopback ports,
 * headless Chromium, and users created through the org's store. Not a test file itself.
 */
import net from 'node:net';
import { randomBytes } from 'node:crypto';
import { expect as baseExpect } from '@playwright/test';
import { SANDBOX_IDS } from '../../helpers/config/sandbox-target.ts';
import { startOrg } from '../../sandbox/org/server.ts';
import { startSdkApp } from '../../sandbox/apps/sdk-app/server.ts';
import { startWidgetApp } from '../../sandbox/apps/widget-app/server.ts';
import { reservePort } from '../../sandbox/lib/ports.ts';
import type { Clock, RunningService } from '../../sandbox/lib/service.ts';

export type Org = Awaited<ReturnType<typeof startOrg>>;

/**
 * Web-first assertions with room for a loaded machine: these files run in parallel, each with its
 * own Chromium parsing the widget's 2 MB bundle on two cores.
 */
export const expect = baseExpect.configure({ timeout: 20_000 });

/** How long a test waits for the org to record a code it sends (same reason as above). */
export const MESSAGE_WAIT_MS = 20_000;

export interface AppsHarness {
  org: Org;
  issuer: string;
  sdkApp: RunningService;
  widgetApp: RunningService;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Host the widget with this client id instead of the widget app's (e.g. the SDK app's, for flow 2). */
  widgetClientId?: string;
  /** Which app's redirect URIs the widget app's URL is registered under in the org. */
  widgetRegisteredAs?: 'widgetApp' | 'sdkApp';
  /** The org's clock (throttles, code lifetimes), e.g. a ManualClock to get past a resend cooldown. */
  clock?: Clock;
}

/**
 * The org must know each app's URL (redirect and magic-link callbacks) when it starts, and each app
 * must know the org's issuer, so the apps' ports are bound first and handed to the apps.
 */
export async function startAppsHarness(options: HarnessOptions = {}): Promise<AppsHarness> {
  const [sdkPort, widgetPort] = await Promise.all([reservePort(), reservePort()]);
  const sdkUrl = `http://127.0.0.1:${(sdkPort.address() as net.AddressInfo).port}`;
  const widgetUrl = `http://127.0.0.1:${(widgetPort.address() as net.AddressInfo).port}`;
  const widgetAsSdk = options.widgetRegisteredAs === 'sdkApp';
  const org = await startOrg({
    port: 0,
    apiToken: SANDBOX_IDS.apiToken,
    appUrls: widgetAsSdk ? { sdkApp: widgetUrl, widgetApp: sdkUrl } : { sdkApp: sdkUrl, widgetApp: widgetUrl },
    clientIds: { sdkApp: SANDBOX_IDS.sdkClientId, widgetApp: SANDBOX_IDS.widgetClientId },
    clock: options.clock,
  });
  const issuer = `${org.url}/oauth2/default`;
  const sdkApp = await startSdkApp({ port: sdkPort, orgUrl: org.url, issuer, clientId: SANDBOX_IDS.sdkClientId });
  const widgetApp = await startWidgetApp({
    port: widgetPort,
    issuer,
    clientId: options.widgetClientId ?? SANDBOX_IDS.widgetClientId,
  });
  return {
    org,
    issuer,
    sdkApp,
    widgetApp,
    async close() {
      await Promise.all([sdkApp.close(), widgetApp.close()]);
      await org.close();
    },
  };
}

export interface TestUser {
  id: string;
  login: string;
  email: string;
  password: string;
  name: string;
}

export interface UserSetup {
  /**
   * Without a password (flow 3), the user is created in the password-optional group, whose
   * enrollment policy makes it ACTIVE without one, as in a real password-optional org.
   */
  password?: boolean;
  /** Enroll an SMS phone with this number. */
  phone?: string;
  /** Enroll the email authenticator (recovery and email-only sign-in users). */
  email?: boolean;
}

/** A fresh, uniquely named user in the org's store; the password meets the default policy. */
export function createUser(org: Org, setup: UserSetup = { password: true }): TestUser {
  const suffix = randomBytes(4).toString('hex');
  const login = `apps-${suffix}@example.test`;
  const password = setup.password === false ? undefined : `Pw-${randomBytes(6).toString('hex')}-Aa1`;
  const passwordOptional = org.store.groups.byName('Password-optional users');
  const user = org.store.users.create({
    profile: { login, email: login, firstName: 'Apps', lastName: `Tester ${suffix}` },
    password,
    groupIds: password === undefined && passwordOptional ? [passwordOptional.id] : undefined,
  });
  if (setup.phone) org.store.enrollments.addPhone(user.id, { phoneNumber: setup.phone });
  if (setup.email) org.store.enrollments.addEmail(user.id);
  return { id: user.id, login, email: login, password: password ?? '', name: `Apps Tester ${suffix}` };
}

/** A phone number unique enough for one test (fictional 555-01xx range). */
export function testPhoneNumber(): string {
  return `+1555010${String(1000 + Math.floor(Math.random() * 9000)).slice(0, 4)}`;
}
