import assert from 'node:assert/strict';
import net, { type AddressInfo } from 'node:net';
import { it } from 'node:test';
import { closeServer, listen } from '../../sandbox/lib/ports.ts';

const HOST = '127.0.0.1';

async function holdFreePort(): Promise<net.Server> {
  const holder = net.createServer();
  await listen(holder, 0, HOST);
  return holder;
}

it('takes a fixed port that another socket releases within the retry window', async () => {
  const holder = await holdFreePort();
  const port = (holder.address() as AddressInfo).port;
  const server = net.createServer();
  const listening = listen(server, port, HOST);
  // Released after the first attempt failed: the sandbox must not fail by chance.
  setImmediate(() => void closeServer(holder));
  await listening;
  assert.equal((server.address() as AddressInfo).port, port);
  await closeServer(server);
});

it('names a fixed port held for good, with the fix, within seconds', async () => {
  const holder = await holdFreePort();
  const port = (holder.address() as AddressInfo).port;
  const started = Date.now();
  try {
    await assert.rejects(listen(net.createServer(), port, HOST), (error: Error) => {
      assert.match(error.message, new RegExp(`^Port ${port} on 127\\.0\\.0\\.1 is already in use\\. .*SANDBOX_PORT in \\.env`));
      return true;
    });
    assert.ok(Date.now() - started < 5_000, 'gives up in seconds');
  } finally {
    await closeServer(holder);
  }
});
