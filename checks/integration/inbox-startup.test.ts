import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { startInbox } from '../../sandbox/inbox/server.ts';

const listenOn = (port: number) =>
  new Promise<net.Server>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
const closeNet = (server: net.Server) => new Promise<void>((resolve) => server.close(() => resolve()));

describe('inbox startup', () => {
  const tlsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inbox-startup-'));
  after(() => fs.rmSync(tlsDir, { recursive: true, force: true }));
  const base = { apiKey: 'k', smsNumbers: [], tlsDir };

  it('refuses a server id the mailosaur client would reject', async () => {
    await assert.rejects(startInbox({ ...base, serverId: 'short' }), /exactly 8 characters/);
  });

  it('releases the ports it took when a later listener cannot start', async () => {
    const probe = await listenOn(0);
    const apiPort = (probe.address() as AddressInfo).port;
    await closeNet(probe);
    const busy = await listenOn(0);
    const smtpPort = (busy.address() as AddressInfo).port;
    try {
      await assert.rejects(startInbox({ ...base, serverId: 'abcd1234', apiPort, smtpPort }), /already in use/);
      const again = await listenOn(apiPort);
      await closeNet(again);
    } finally {
      await closeNet(busy);
    }
  });
});
