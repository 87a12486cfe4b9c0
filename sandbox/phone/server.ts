/**
 * The sandbox phone: a Twilio stand-in. The org's telephony provider POSTs SMS here; the real
 * twilio client (through helpers/transport) lists them on the suite's leased numbers.
 */
import { startHttpServer } from '../lib/http.ts';
import { systemClock } from '../lib/service.ts';
import type { Clock, RunningService } from '../lib/service.ts';
import { DeliveryFilters } from './filters.ts';
import type { FilterRule } from './filters.ts';
import type { PhoneMessage } from './message.ts';
import { phoneRoutes, type ApiKey } from './routes.ts';
import { PhoneStore } from './store.ts';
import { phonePageRoutes } from './page.ts';

export type { FilterRule } from './filters.ts';
export type { PhoneMessage } from './message.ts';

export interface PhoneOptions {
  host?: string;
  port?: number;
  accountSid: string;
  authToken: string;
  /** API keys (SK...) that may sign in instead of the auth token. */
  apiKeys?: ApiKey[];
  /** The account's own numbers: SMS to them are listed as `inbound`/`received`. Default: every number. */
  numbers?: string[];
  /** Called for every delivered (not filtered) message, e.g. to forward it to the inbox. */
  onMessage?: (message: PhoneMessage) => void;
  /** Delivery faults to simulate, e.g. Twilio's OTP filter (30038). */
  filters?: FilterRule[];
  clock?: Clock;
}

export interface RunningPhone extends RunningService {
  /** Every recorded message, newest first. */
  messages(): PhoneMessage[];
  /** Replaces the delivery faults (same rules as `PUT /sandbox/filters`). */
  setFilters(rules: FilterRule[]): void;
}

export async function startPhone(options: PhoneOptions): Promise<RunningPhone> {
  if (!/^AC[0-9a-fA-F]{32}$/.test(options.accountSid)) {
    throw new Error(`The phone account sid must be "AC" + 32 hex digits (twilio-node refuses others), got "${options.accountSid}".`);
  }
  const filters = new DeliveryFilters(options.filters);
  const store = new PhoneStore(options.accountSid, options.clock ?? systemClock, filters, options.numbers);
  const routes = [
    ...phoneRoutes({ accountSid: options.accountSid, authToken: options.authToken, apiKeys: options.apiKeys, store, filters, onMessage: options.onMessage }),
    ...phonePageRoutes(() => store.all()),
  ];
  const server = await startHttpServer({ name: 'phone', routes }, options.port ?? 0, options.host ?? '127.0.0.1');
  return {
    url: server.url,
    close: server.close,
    messages: () => store.all(),
    setFilters: (rules) => filters.set(rules),
  };
}
