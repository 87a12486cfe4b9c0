/**
 * Binding the sandbox's ports: a fixed port, a free one, or a listener bound earlier and handed
 * over; a fixed port that is taken is named with its fix. Split from http.ts because the SMTP
 * listener and the apps' reserved ports bind through it too.
 */
import type http from 'node:http';
import net from 'node:net';

/**
 * Where a service listens: a port (0 picks a free one), or a listener already bound, for a service
 * whose URL others had to know before it started. Handing the bound socket over closes the race
 * of "find a free port, release it, bind it later", in which another process can take the port.
 */
export type PortOrListener = number | net.Server;

/** Binds a free loopback port now, to be handed to a service later (`startHttpServer(_, listener)`). */
export async function reservePort(host = '127.0.0.1'): Promise<net.Server> {
  const listener = net.createServer();
  await listen(listener, 0, host);
  return listener;
}

/**
 * How long a fixed port that is taken is tried again before giving up: long enough for a process
 * that is just stopping (a previous sandbox) to let go, short enough that a port another server
 * holds is named within seconds. (A closed client connection's TIME_WAIT lasts a minute; the
 * default ports stay out of the range those use: helpers/config/sandbox-target.ts.)
 */
const BUSY_PORT_RETRY_MS = 2_000;
const BUSY_PORT_PAUSE_MS = 100;

export async function listen(server: http.Server | net.Server, port: PortOrListener, host: string): Promise<void> {
  const giveUpAt = Date.now() + BUSY_PORT_RETRY_MS;
  for (;;) {
    try {
      return await listenOnce(server, port, host);
    } catch (error) {
      const busy = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
      if (!busy) throw error;
      if (typeof port !== 'number' || port === 0 || Date.now() >= giveUpAt) {
        throw new Error(`Port ${typeof port === 'number' ? port : '(handed over)'} on ${host} is already in use. Stop the other process, or choose another base port: SANDBOX_PORT in .env for the suite, --port for npm run sandbox.`, { cause: error });
      }
      await new Promise((resolve) => setTimeout(resolve, BUSY_PORT_PAUSE_MS));
    }
  }
}

function listenOnce(server: http.Server | net.Server, port: PortOrListener, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => reject(error);
    server.once('error', onError);
    const listening = () => {
      server.off('error', onError);
      resolve();
    };
    if (typeof port === 'number') server.listen(port, host, listening);
    else server.listen(port, listening);
  });
}

export function closeServer(server: http.Server | net.Server): Promise<void> {
  return new Promise((resolve) => {
    (server as http.Server).closeAllConnections?.();
    server.close(() => resolve());
  });
}
