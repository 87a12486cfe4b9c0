/**
 * Starts the whole embedded default in-process: inbox, phone, org, then the two reference apps,
 * wired to each other. Used by `npm run sandbox` (fixed ports) and by integration tests (port 0:
 * every service on an ephemeral port, so tests run in parallel with a running sandbox).
 */
import net from 'node:net';
import path from 'node:path';
import { SANDBOX_CA_FILE, SANDBOX_HOST, SANDBOX_IDS, sandboxPorts, type SandboxService } from '../helpers/config/sandbox-target.ts';
import { startSdkApp } from './apps/sdk-app/server.ts';
import type { SkippedStep } from './apps/sdk-app/skip-step.ts';
import { startWidgetApp } from './apps/widget-app/server.ts';
import { startInbox } from './inbox/server.ts';
import { closeServer, type PortOrListener, reservePort } from './lib/ports.ts';
import type { FaultsConfig } from './faults/book.ts';
import type { Clock } from './lib/service.ts';
import { DEFAULT_ORG_CONFIG_FILE, loadOrgConfig, type OrgConfig, type OrgConfigOverlay } from './org/config/index.ts';
import { startOrg } from './org/server.ts';
import { startPhone } from './phone/server.ts';

export interface SandboxOptions {
  /** Base port; 0 starts every service on an ephemeral port. */
  port: number;
  host?: string;
  orgConfig?: OrgConfig;
  /** Org configuration files overlaid on the defaults (`npm run sandbox -- --org-config FILE`). */
  orgConfigOverlays?: OrgConfigOverlay[];
  clock?: Clock;
  /** Only for the suite's honesty checks: the embedded-SDK app skips this guide step (apps/sdk-app/skip-step.ts). */
  sdkAppSkipStep?: SkippedStep;
  /** Where the inbox keeps its local CA (default: the project's .cache/sandbox/tls). */
  tlsDir?: string;
  /** A faults table (sandbox/faults/book.ts) instead of the org configuration's. */
  faults?: FaultsConfig;
  /** Seeded defects (sandbox/defects/catalog.ts), added to the org configuration's `defects`. */
  defects?: string[];
}

export type RunningSandbox = Awaited<ReturnType<typeof startSandbox>>;

type AppService = 'sdkApp' | 'widgetApp' | 'sdkAppVariant' | 'widgetAppServerTokens';
type Ports = Record<Exclude<SandboxService, AppService>, number> & Record<AppService, PortOrListener>;

async function choosePorts(base: number, host: string): Promise<Ports> {
  if (base !== 0) return sandboxPorts(base);
  // The org must know the apps' URLs (redirect URIs) before the apps know the org's: bind both
  // apps' ports now and hand the bound listeners to the apps, so no one can take them meanwhile.
  const ephemeral = Object.fromEntries(Object.keys(sandboxPorts(0)).map((k) => [k, 0])) as Ports;
  const sdkApp = await reservePort(host);
  const widgetApp = await reservePort(host).catch(async (error: unknown) => {
    await closeServer(sdkApp);
    throw error;
  });
  const sdkAppVariant = await reservePort(host).catch(async (error: unknown) => {
    await Promise.all([closeServer(sdkApp), closeServer(widgetApp)]);
    throw error;
  });
  const widgetAppServerTokens = await reservePort(host).catch(async (error: unknown) => {
    await Promise.all([closeServer(sdkApp), closeServer(widgetApp), closeServer(sdkAppVariant)]);
    throw error;
  });
  return { ...ephemeral, sdkApp, widgetApp, sdkAppVariant, widgetAppServerTokens };
}

function portOf(port: PortOrListener): number {
  return typeof port === 'number' ? port : (port.address() as net.AddressInfo).port;
}

export async function startSandbox(options: SandboxOptions) {
  const host = options.host ?? SANDBOX_HOST;
  const ports = await choosePorts(options.port, host);
  const ids = SANDBOX_IDS;
  const started: { close(): Promise<void> }[] = [];
  // Reserved listeners not yet taken over by their app are closed if the start fails.
  for (const port of [ports.sdkApp, ports.widgetApp, ports.sdkAppVariant, ports.widgetAppServerTokens]) if (typeof port !== 'number') started.push({ close: () => closeServer(port) });
  const closeAll = async () => {
    for (const service of started.reverse()) await service.close().catch(() => undefined);
  };
  try {
    const inbox = await startInbox({
      host,
      apiPort: ports.inboxApi,
      pagePort: ports.inboxPage,
      smtpPort: ports.inboxSmtp,
      serverId: ids.mailosaurServerId,
      apiKey: ids.mailosaurApiKey,
      smsNumbers: [...ids.mailosaurSmsNumbers],
      tlsDir: options.tlsDir ?? path.dirname(SANDBOX_CA_FILE),
      clock: options.clock,
    });
    started.push(inbox);
    const mailosaurSms = new Set<string>(ids.mailosaurSmsNumbers);
    const phone = await startPhone({
      host,
      port: ports.phone,
      accountSid: ids.twilioAccountSid,
      authToken: ids.twilioAuthToken,
      numbers: [...ids.twilioNumbers, ...ids.mailosaurSmsNumbers],
      // Numbers reserved in "Mailosaur" receive their SMS in the inbox, as with Mailosaur SMS.
      onMessage: (m) => {
        if (mailosaurSms.has(m.to)) inbox.deliverSms({ from: m.from, to: m.to, body: m.body, receivedMs: m.backdatedMs });
      },
      clock: options.clock,
    });
    started.push(phone);
    const appUrls = { sdkApp: `http://${host}:${portOf(ports.sdkApp)}`, widgetApp: `http://${host}:${portOf(ports.widgetApp)}` };
    const clientIds = { sdkApp: ids.sdkClientId, widgetApp: ids.widgetClientId };
    const variantUrl = `http://${host}:${portOf(ports.sdkAppVariant)}`;
    const widgetServerUrl = `http://${host}:${portOf(ports.widgetAppServerTokens)}`;
    const org = await startOrg({
      host,
      port: ports.org,
      apiToken: ids.apiToken,
      // Each look is another deployment with its own app integration (its own magic-link callback).
      orgConfig: [
        { from: { clientId: ids.sdkClientId, url: appUrls.sdkApp }, to: { clientId: ids.sdkVariantClientId, url: variantUrl, label: 'OIE Embedded SDK App (variant look)' } },
        { from: { clientId: ids.widgetClientId, url: appUrls.widgetApp }, to: { clientId: ids.widgetServerClientId, url: widgetServerUrl, label: 'OIE Embedded Widget App (tokens on its server)' } },
      ].reduce(
        (config, copy) => withAppCopy(config, copy),
        options.orgConfig ?? loadOrgConfig({ SDK_APP_URL: appUrls.sdkApp, WIDGET_APP_URL: appUrls.widgetApp, SDK_CLIENT_ID: clientIds.sdkApp, WIDGET_CLIENT_ID: clientIds.widgetApp }, DEFAULT_ORG_CONFIG_FILE, options.orgConfigOverlays),
      ),
      faults: options.faults,
      smtp: { host, port: inbox.smtpPort },
      telephony: { baseUrl: phone.url, accountSid: ids.twilioAccountSid, authToken: ids.twilioAuthToken, from: ids.smsSender },
      clock: options.clock,
      defects: options.defects,
    });
    started.push(org);
    // The apps read their defects from the same place as the org: its configuration.
    const defects = org.store.config.defects;
    const issuer = `${org.url}/oauth2/default`;
    const sdkApp = await startSdkApp({ host, port: ports.sdkApp, orgUrl: org.url, issuer, clientId: ids.sdkClientId, skipStep: options.sdkAppSkipStep, defects });
    started.push(sdkApp);
    const sdkAppVariant = await startSdkApp({ host, port: ports.sdkAppVariant, orgUrl: org.url, issuer, clientId: ids.sdkVariantClientId, variant: 'variant', defects });
    started.push(sdkAppVariant);
    const widgetApp = await startWidgetApp({ host, port: ports.widgetApp, issuer, clientId: ids.widgetClientId, defects });
    started.push(widgetApp);
    const widgetAppServerTokens = await startWidgetApp({ host, port: ports.widgetAppServerTokens, issuer, clientId: ids.widgetServerClientId, tokens: 'server', defects });
    started.push(widgetAppServerTokens);

    const settings: Record<string, string> = {
      OKTA_ORG_URL: org.url,
      OKTA_API_TOKEN: ids.apiToken,
      OKTA_ISSUER: issuer,
      SIGNIN_APP_URL: sdkApp.url,
      OKTA_SDK_CLIENT_ID: ids.sdkClientId,
      WIDGET_APP_URL: widgetApp.url,
      OKTA_WIDGET_CLIENT_ID: ids.widgetClientId,
      MAILOSAUR_API_KEY: ids.mailosaurApiKey,
      MAILOSAUR_SERVER_ID: ids.mailosaurServerId,
      MAILOSAUR_BASE_URL: `${inbox.url}/`,
      MAILOSAUR_CA_FILE: inbox.caFile,
      SMS_PROVIDER: 'twilio',
      TWILIO_ACCOUNT_SID: ids.twilioAccountSid,
      TWILIO_AUTH_TOKEN: ids.twilioAuthToken,
      TWILIO_PHONE_NUMBERS: ids.twilioNumbers.join(','),
      TWILIO_API_BASE_URL: phone.url,
      MAILOSAUR_SMS_NUMBERS: ids.mailosaurSmsNumbers.join(','),
    };
    return { settings, org, inbox, phone, sdkApp, sdkAppVariant, widgetApp, widgetAppServerTokens, close: closeAll };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

/**
 * The configuration with one more app integration copied from an existing one (same policies and
 * grant types), at another URL and client id: how the variant look gets its own registration.
 * Left unchanged when the configuration has no app `from` (a test's own org configuration).
 */
export function withAppCopy(config: OrgConfig, copy: { from: { clientId: string; url: string }; to: { clientId: string; url: string; label: string } }): OrgConfig {
  const source = config.apps.find((app) => app.clientId === copy.from.clientId);
  if (!source || config.apps.some((app) => app.clientId === copy.to.clientId)) return config;
  const moved = JSON.parse(JSON.stringify(source).split(copy.from.url).join(copy.to.url)) as typeof source;
  // Its origin is trusted as the source's is (CORS for a browser-side widget, redirects).
  const origins = config.trustedOrigins.filter((o) => o.origin === copy.from.url).map((o) => ({ ...o, name: `${o.name} (${copy.to.label})`, origin: copy.to.url }));
  return { ...config, apps: [...config.apps, { ...moved, clientId: copy.to.clientId, label: copy.to.label }], trustedOrigins: [...config.trustedOrigins, ...origins] };
}
