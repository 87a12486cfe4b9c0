/**
 * An HTTPS agent that sends every connection to one fixed loopback endpoint and trusts only one CA.
 *
 * Why: mailosaur-node calls `https.request` with the base URL's hostname and no port, so it always
 * dials port 443, which an unprivileged stand-in cannot bind. An agent decides where the socket
 * really goes, so attaching this one to a single client redirects that client and nothing else in
 * the process (Node's global agent and the system trust store stay untouched).
 */
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import type { Duplex } from 'node:stream';

export interface PinnedEndpoint {
  /** The host the client is configured for and the stand-in listens on, e.g. `127.0.0.1`. */
  host: string;
  /** The port the stand-in really listens on. */
  port: number;
  /** PEM of the CA that signed the stand-in's certificate; the only CA this agent trusts. */
  ca: string;
}

export class PinnedTlsAgent extends https.Agent {
  readonly endpoint: PinnedEndpoint;

  constructor(endpoint: PinnedEndpoint) {
    // No keep-alive: idle pooled sockets would hold a test process open after the stand-in closed.
    super({ keepAlive: false });
    this.endpoint = endpoint;
  }

  override createConnection(
    options: https.RequestOptions,
    callback?: (err: Error | null, stream: Duplex) => void,
  ): Duplex | null | undefined {
    const requested = String(options.hostname ?? options.host ?? '').replace(/^\[|\]$/g, '');
    const { host, port, ca } = this.endpoint;
    if (requested && requested !== host) {
      // Never divert a request meant for another host, even if a caller reuses this agent.
      const error = new Error(
        `PinnedTlsAgent only connects to ${host}, but a request asked for ${requested}. ` +
          'Create a separate client for that host instead of reusing this agent.',
      );
      callback?.(error, undefined as unknown as Duplex);
      return undefined;
    }
    return tls.connect({ host, port, ca, servername: net.isIP(host) ? undefined : host });
  }
}
