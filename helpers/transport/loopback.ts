/**
 * Base-URL checks shared by the Mailosaur and Twilio transports. Redirection is only ever applied
 * to loopback addresses, so a typo in a live `.env` can never send credentials somewhere odd: a
 * non-loopback URL either goes to the provider untouched or is rejected here.
 */
import net from 'node:net';
import { ConfigError } from '../errors.ts';

/** `localhost`, any 127.0.0.0/8 address, or `::1` (URL hostnames keep IPv6 brackets). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host === '::1') return true;
  return net.isIPv4(host) && host.startsWith('127.');
}

/** Parses a configured base URL, naming the setting and the expected shape when it is unusable. */
export function parseBaseUrl(value: string, setting: string, example: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError([`${setting} is "${value}", which is not an absolute URL; expected something like ${example}`]);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError([`${setting} is "${value}" with scheme ${url.protocol}; expected http: or https:, e.g. ${example}`]);
  }
  if (url.username || url.password) {
    throw new ConfigError([`${setting} must not carry credentials in the URL; put them in their own settings`]);
  }
  return url;
}

/** The port a URL really points at, with the scheme's default filled in. */
export function effectivePort(url: URL): number {
  if (url.port) return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}

/** Hostname without IPv6 brackets, as `net`/`tls` expect it. */
export function bareHostname(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}
