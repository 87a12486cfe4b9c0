/**
 * The sandbox inbox: a Mailosaur stand-in. Three listeners share one in-memory store:
 * SMTP (the org sends email here), the Mailosaur-compatible HTTPS API (the real mailosaur client
 * reads here, through helpers/transport) and a plain HTML page for people.
 */
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { createRequestListener, startHttpServer } from '../lib/http.ts';
import { closeServer, listen } from '../lib/ports.ts';
import { systemClock } from '../lib/service.ts';
import type { Clock } from '../lib/service.ts';
import { inboxApiRoutes } from './api.ts';
import { emailDraft, smsDraft } from './message.ts';
import type { InboxMessage } from './message.ts';
import { inboxPageRoutes } from './page.ts';
import { digitsOf } from './search.ts';
import { startSmtp } from './smtp.ts';
import { MessageStore } from './store.ts';
import { prepareInboxTls } from './tls.ts';
import type { InboxTls } from './tls.ts';

export interface InboxOptions {
  host?: string;
  apiPort?: number;
  pagePort?: number;
  smtpPort?: number;
  /** Mailosaur server ids are exactly 8 characters; the real client rejects anything else. */
  serverId: string;
  apiKey: string;
  /** The Mailosaur SMS numbers of this inbox (E.164); only SMS to these are accepted. */
  smsNumbers: string[];
  /** Where the local CA lives (`ca.pem` is what clients trust); reused across starts. */
  tlsDir: string;
  clock?: Clock;
  /** `x-ms-delay` sent to the client: its wait between polls of an empty search. */
  pollDelayMs?: number;
}

export interface Sms {
  from: string;
  to: string;
  body: string;
  /** Only for the stale-message fault: an earlier time of receipt. */
  receivedMs?: number;
}

export interface RunningInbox {
  /** The API base: https, no trailing slash (the mailosaur client wants `${url}/`). */
  url: string;
  apiUrl: string;
  pageUrl: string;
  smtpPort: number;
  caFile: string;
  deliverSms(sms: Sms): InboxMessage;
  /** Everything stored, newest first (for the sandbox's own checks and logs). */
  messages(): InboxMessage[];
  close(): Promise<void>;
}

function validate(options: InboxOptions): void {
  if (options.serverId.length !== 8) {
    throw new Error(`The inbox server id must be exactly 8 characters (mailosaur rejects others), got ${options.serverId.length}: "${options.serverId}".`);
  }
  if (!options.apiKey) throw new Error('The inbox needs an apiKey: the Mailosaur API key clients will send.');
}

/** The Mailosaur-compatible API over HTTPS, with a certificate from the local CA. */
async function startApi(store: MessageStore, options: InboxOptions, host: string, tls: InboxTls) {
  let url = '';
  const routes = inboxApiRoutes({ store, apiKey: options.apiKey, pollDelayMs: options.pollDelayMs ?? 100 });
  const server = https.createServer({ key: tls.key, cert: tls.cert }, createRequestListener({ name: 'inbox API', routes }, () => url));
  await listen(server, options.apiPort ?? 0, host);
  url = `https://${host.includes(':') ? `[${host}]` : host}:${(server.address() as AddressInfo).port}`;
  return { url, close: () => closeServer(server) };
}

/** Starts the listeners in order; a port clash on a later one must not leave the earlier ones running. */
async function startListeners(store: MessageStore, options: InboxOptions, host: string, tls: InboxTls) {
  const started: { close(): Promise<void> }[] = [];
  try {
    const api = await startApi(store, options, host, tls);
    started.push(api);
    const page = await startHttpServer({ name: 'inbox page', routes: inboxPageRoutes(store) }, options.pagePort ?? 0, host);
    started.push(page);
    const smtp = await startSmtp(host, options.smtpPort ?? 0, (parsed, envelope) => store.add(emailDraft(parsed, envelope)));
    return { api, page, smtp };
  } catch (error) {
    await Promise.all(started.map((service) => service.close()));
    throw error;
  }
}

export async function startInbox(options: InboxOptions): Promise<RunningInbox> {
  validate(options);
  const host = options.host ?? '127.0.0.1';
  const store = new MessageStore(options.serverId, options.clock ?? systemClock);
  const smsNumbers = new Map(options.smsNumbers.map((n) => [digitsOf(n), n]));
  const tls = await prepareInboxTls(options.tlsDir, host);
  const { api, page, smtp } = await startListeners(store, options, host, tls);
  return {
    url: api.url,
    apiUrl: api.url,
    pageUrl: page.url,
    smtpPort: smtp.port,
    caFile: tls.caFile,
    deliverSms(sms) {
      if (!smsNumbers.has(digitsOf(sms.to))) {
        throw new Error(
          `The inbox has no SMS number ${sms.to}; its numbers are ${[...smsNumbers.values()].join(', ') || '(none)'}. ` +
            'Forward only SMS addressed to a Mailosaur SMS number.',
        );
      }
      return store.add(smsDraft(sms));
    },
    messages: () => store.recent(store.count()),
    close: async () => {
      await Promise.all([api.close(), page.close(), smtp.close()]);
    },
  };
}
