/**
 * The one place that builds the real Twilio client. twilio-node hard-codes `https://api.twilio.com`
 * (edge/region only change the hostname), so a loopback stand-in is reached through the library's
 * documented `httpClient` option: a RequestClient subclass that swaps the origin of every URI,
 * including the `next_page_uri` links it follows while paging. Live targets get the plain client.
 */
import twilio from 'twilio';
import type TwilioRequestClient from 'twilio/lib/base/RequestClient.js';
import type { TwilioCredentials } from '../config/types.ts';
import { ConfigError } from '../errors.ts';
import { isLoopbackHost, parseBaseUrl } from './loopback.ts';

export interface TwilioClientOptions {
  accountSid: string;
  credentials: TwilioCredentials;
  /** Absent for Twilio itself; a stand-in's `http://127.0.0.1:PORT`. */
  apiBaseUrl?: string;
}

const TWILIO_ORIGIN = /^https:\/\/([a-z0-9.-]+\.)?twilio\.com(?=\/|$)/i;

/** Sends requests meant for `*.twilio.com` to a loopback stand-in instead. */
export class LoopbackRequestClient extends twilio.RequestClient {
  readonly target: string;

  /** `target`: the stand-in's base URL without a trailing slash, e.g. `http://127.0.0.1:24104`. */
  constructor(target: string) {
    super({ keepAlive: false });
    this.target = target;
  }

  override request<TData>(opts: TwilioRequestClient.RequestOptions<TData>) {
    if (!TWILIO_ORIGIN.test(opts.uri)) {
      // Anything else would be a library change we do not understand; do not guess where it goes.
      return Promise.reject(
        new Error(
          `LoopbackRequestClient expected a Twilio API URI (https://*.twilio.com/...), got ${opts.uri.split('?')[0]}. ` +
            'Update helpers/transport/twilio.ts if twilio-node changed how it builds URLs.',
        ),
      );
    }
    return super.request<TData>({ ...opts, uri: opts.uri.replace(TWILIO_ORIGIN, this.target) });
  }
}

/** Basic-auth user and password: the account SID and its token, or an API key SID and its secret. */
function signIn(options: TwilioClientOptions): { username: string; password: string; problems: string[] } {
  const problems: string[] = [];
  if (!/^AC[0-9a-fA-F]{32}$/.test(options.accountSid)) {
    problems.push('TWILIO_ACCOUNT_SID must be "AC" followed by 32 hex digits (an API key SID "SK…" goes in TWILIO_API_KEY_SID)');
  }
  const c = options.credentials;
  if (c.kind === 'auth-token') {
    if (!c.authToken) problems.push('TWILIO_AUTH_TOKEN is empty; set the account auth token or an API key');
    return { username: options.accountSid, password: c.authToken, problems };
  }
  if (!/^SK[0-9a-fA-F]{32}$/.test(c.keySid)) problems.push('TWILIO_API_KEY_SID must be "SK" followed by 32 hex digits');
  if (!c.keySecret) problems.push('TWILIO_API_KEY_SECRET is empty; set the secret of TWILIO_API_KEY_SID');
  return { username: c.keySid, password: c.keySecret, problems };
}

export function createTwilioClient(options: TwilioClientOptions): twilio.Twilio {
  const { username, password, problems } = signIn(options);
  if (problems.length) throw new ConfigError(problems);
  // With an API key, the account is named separately: twilio-node puts it in every resource URL.
  const base = { accountSid: options.accountSid };
  if (options.apiBaseUrl === undefined) return twilio(username, password, base);
  const url = parseBaseUrl(options.apiBaseUrl, 'TWILIO_API_BASE_URL', 'http://127.0.0.1:24104');
  if (isLoopbackHost(url.hostname)) {
    const target = url.href.replace(/\/+$/, '');
    return twilio(username, password, { ...base, httpClient: new LoopbackRequestClient(target) });
  }
  if (TWILIO_ORIGIN.test(url.origin)) return twilio(username, password, base);
  throw new ConfigError([
    `TWILIO_API_BASE_URL is "${options.apiBaseUrl}"; only a loopback stand-in (http://127.0.0.1:PORT) or Twilio itself is supported. Leave it unset for the real Twilio API`,
  ]);
}
