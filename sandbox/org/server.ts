/**
 * The emulated Okta org: OAuth/OIDC, Identity Engine (IDX), the Okta-hosted magic-link endpoint
 * and the Management API on one loopback server with credentialed CORS for the org's trusted
 * origins, over one in-memory store.
 * Codes it sends go out over SMTP / the Twilio-compatible API when those are given, and always
 * into the returned `outbox` (for the project's own tests; it has no HTTP route).
 */
import { FaultBook, type FaultsConfig } from '../faults/book.ts';
import { withSlowIdx } from '../faults/idx.ts';
import { faultRoutes } from '../faults/routes.ts';
import { startHttpServer } from '../lib/http.ts';
import { systemClock, type Clock, type RunningService } from '../lib/service.ts';
import { DEFAULT_ORG_CONFIG_FILE, loadOrgConfig, type OrgConfig, type OrgConfigOverlay } from './config/index.ts';
import type { IdxDeps } from './idx/deps.ts';
import { idxRoutes } from './idx/routes.ts';
import { storeDirectory } from './idx/store-directory.ts';
import { TransactionStore } from './idx/transactions.ts';
import { mgmtRoutes } from './mgmt/index.ts';
import { factorActivationSender } from './messaging/factor-activation.ts';
import { createMessenger, type Messenger } from './messaging/messenger.ts';
import { Outbox } from './messaging/outbox.ts';
import { twilioDelivery } from './messaging/sms.ts';
import { smtpDelivery } from './messaging/smtp.ts';
import { logSentMessage } from './messaging/system-log.ts';
import type { OAuthDeps } from './oauth/deps.ts';
import { createSigningKey } from './oauth/keys.ts';
import { fallbackRoutes, oauthRoutes } from './oauth/routes.ts';
import { createOrgStore, type OrgStore } from './store/index.ts';
import { Defects, withDefectsConfigured } from '../defects/switches.ts';

export interface StartOrgOptions {
  /** Default 0 (a free port). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default: the default configuration with placeholders filled from `appUrls` and `clientIds`. */
  orgConfig?: OrgConfig;
  /** Files overlaid on the default configuration (`--org-config`); ignored with `orgConfig`. */
  orgConfigOverlays?: OrgConfigOverlay[];
  appUrls?: { sdkApp: string; widgetApp: string };
  clientIds?: { sdkApp: string; widgetApp: string };
  apiToken: string;
  /** Absent: emails are only recorded in the outbox. */
  smtp?: { host: string; port: number };
  /** Absent: SMS are only recorded in the outbox. */
  telephony?: { baseUrl: string; accountSid: string; authToken: string; from: string };
  clock?: Clock;
  /** Infrastructure faults; default: the configuration's `faults` table. */
  faults?: FaultsConfig;
  /** Seeded defects (sandbox/defects/catalog.ts), added to the configuration's `defects`. */
  defects?: string[];
}

export type RunningOrg = RunningService & { store: OrgStore; outbox: Outbox; clock: Clock; faults: FaultBook };

function configFor(o: StartOrgOptions): OrgConfig {
  const config = baseConfigFor(o);
  const defects = [...new Set([...config.defects, ...(o.defects ?? [])])];
  return withDefectsConfigured({ ...config, defects });
}

function baseConfigFor(o: StartOrgOptions): OrgConfig {
  if (o.orgConfig) return o.orgConfig;
  if (!o.appUrls || !o.clientIds) {
    throw new Error('startOrg needs either `orgConfig`, or `appUrls` and `clientIds` to fill the default org configuration.');
  }
  return loadOrgConfig({
    SDK_APP_URL: o.appUrls.sdkApp.replace(/\/+$/, ''),
    WIDGET_APP_URL: o.appUrls.widgetApp.replace(/\/+$/, ''),
    SDK_CLIENT_ID: o.clientIds.sdkApp,
    WIDGET_CLIENT_ID: o.clientIds.widgetApp,
  }, DEFAULT_ORG_CONFIG_FILE, o.orgConfigOverlays);
}

interface OrgParts {
  store: OrgStore;
  outbox: Outbox;
  messenger: Messenger;
  faults: FaultBook;
  idx: IdxDeps;
  oauth: OAuthDeps;
  closeSmtp: () => void;
}

async function composeOrg(o: StartOrgOptions, clock: Clock): Promise<OrgParts> {
  const config = configFor(o);
  const store = createOrgStore(config, clock);
  // Infrastructure faults come from the configuration's `faults` table (sandbox/faults/book.ts).
  const faults = new FaultBook(o.faults ?? config.faults);
  const defects = new Defects(store.config.defects);
  const outbox = new Outbox();
  const email = o.smtp ? smtpDelivery(o.smtp) : undefined;
  const messenger = createMessenger({
    outbox,
    clock,
    email,
    sms: o.telephony ? twilioDelivery(o.telephony) : undefined,
    onSent: (entry) => logSentMessage(store, entry),
    faults,
  });
  const dir = storeDirectory(store);
  const transactions = new TransactionStore(clock);
  const key = await createSigningKey();
  return {
    store,
    outbox,
    messenger,
    faults,
    idx: { dir, transactions, clock, messenger, defects },
    oauth: { dir, transactions, clock, key, revoked: new Set(), defects, log: store },
    closeSmtp: () => email?.close(),
  };
}

export async function startOrg(o: StartOrgOptions): Promise<RunningOrg> {
  const clock = o.clock ?? systemClock;
  const parts = await composeOrg(o, clock);
  const routes = [
    ...oauthRoutes(parts.oauth),
    ...withSlowIdx(idxRoutes(parts.idx), parts.idx, parts.faults),
    ...mgmtRoutes(parts.store, { apiToken: o.apiToken, clock, factorActivation: factorActivationSender(parts.messenger), faults: parts.faults }),
    ...faultRoutes(parts.faults, o.apiToken),
    ...fallbackRoutes(),
  ];
  // As in Okta, a browser may call the org only from a trusted origin with the CORS scope.
  const cors = (origin: string) => parts.store.trustedOrigins.allows(origin, 'CORS');
  const running = await startHttpServer({ name: 'org', routes, cors }, o.port ?? 0, o.host ?? '127.0.0.1');
  return {
    url: running.url,
    store: parts.store,
    outbox: parts.outbox,
    faults: parts.faults,
    clock,
    async close() {
      await running.close();
      await parts.messenger.settle();
      parts.closeSmtp();
    },
  };
}
