/**
 * The one place that builds the real Mailosaur client. Against mailosaur.com the client is returned
 * exactly as the library makes it. Against a loopback stand-in (the sandbox inbox) the client gets a
 * per-client agent that dials the stand-in's real port and trusts only the stand-in's CA; see
 * `PinnedTlsAgent` for why the library cannot reach a non-443 port on its own.
 */
import fs from 'node:fs';
import { X509Certificate } from 'node:crypto';
import MailosaurClient from 'mailosaur';
import { ConfigError, SuiteError } from '../errors.ts';
import { bareHostname, effectivePort, isLoopbackHost, parseBaseUrl } from './loopback.ts';
import { PinnedTlsAgent } from './pinned-tls-agent.ts';

export interface MailosaurClientOptions {
  apiKey: string;
  /** Absent for mailosaur.com; a stand-in's `https://127.0.0.1:PORT/`. */
  baseUrl?: string;
  /** PEM file of the CA that signed a loopback stand-in's certificate (required for loopback). */
  caFile?: string;
}

const EXAMPLE = 'https://127.0.0.1:24101/';

export function createMailosaurClient(options: MailosaurClientOptions): MailosaurClient {
  if (!options.apiKey) {
    throw new ConfigError(['MAILOSAUR_API_KEY is empty; set it to the API key of the Mailosaur account (or the sandbox key)']);
  }
  if (options.baseUrl === undefined) return new MailosaurClient(options.apiKey);
  const url = parseBaseUrl(options.baseUrl, 'MAILOSAUR_BASE_URL', EXAMPLE);
  if (url.protocol !== 'https:') {
    throw new ConfigError([
      `MAILOSAUR_BASE_URL is "${options.baseUrl}", but the mailosaur client only speaks HTTPS; use an https:// URL such as ${EXAMPLE}`,
    ]);
  }
  // The library concatenates `${baseUrl}api/...`, so the slash is not optional.
  const baseUrl = url.href.endsWith('/') ? url.href : `${url.href}/`;
  const client = new MailosaurClient(options.apiKey, baseUrl);
  if (!isLoopbackHost(url.hostname)) return client;
  const agent = new PinnedTlsAgent({ host: bareHostname(url), port: effectivePort(url), ca: readCa(options.caFile) });
  attachAgent(client, agent);
  return client;
}

function readCa(caFile: string | undefined): string {
  if (!caFile) {
    throw new ConfigError([
      'MAILOSAUR_CA_FILE is not set, but MAILOSAUR_BASE_URL is a loopback stand-in; set it to the stand-in CA (the sandbox writes .cache/sandbox/tls/ca.pem)',
    ]);
  }
  let pem: string;
  try {
    pem = fs.readFileSync(caFile, 'utf8');
  } catch (error) {
    throw new ConfigError([
      `MAILOSAUR_CA_FILE "${caFile}" cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); start the sandbox once (npm run sandbox) so it writes its CA, or fix the path`,
    ]);
  }
  try {
    new X509Certificate(pem);
  } catch {
    throw new ConfigError([`MAILOSAUR_CA_FILE "${caFile}" is not a PEM certificate; point it at the stand-in's ca.pem`]);
  }
  return pem;
}

interface RequestInternals {
  proxyAgent?: unknown;
  buildOptions(method: string, path: string): { agent?: unknown };
}

/**
 * mailosaur-node hands its `proxyAgent` (normally built from HTTPS_PROXY) to every `https.request`
 * it makes. Setting it on this one client's request object scopes the redirection to this client.
 * The check afterwards makes a future library change fail here, loudly, instead of silently
 * dialling port 443.
 */
function attachAgent(client: MailosaurClient, agent: PinnedTlsAgent): void {
  const request = client.request as unknown as RequestInternals;
  request.proxyAgent = agent;
  const probe = typeof request.buildOptions === 'function' ? request.buildOptions('GET', 'api/servers') : undefined;
  if (probe?.agent !== agent) {
    throw new SuiteError('Could not attach the loopback agent to the mailosaur client', {
      expected: 'mailosaur-node to pass Request.proxyAgent to https.request (true for mailosaur 8 to 11)',
      seen: 'the installed mailosaur version builds its requests differently',
      hint: 'pin mailosaur to 11.x, or update helpers/transport/mailosaur.ts for the new request code',
    });
  }
}
