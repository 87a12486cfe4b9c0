import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type MailosaurClient from 'mailosaur';
import { ConfigError } from '../../helpers/errors.ts';
import { isLoopbackHost } from '../../helpers/transport/loopback.ts';
import { createMailosaurClient } from '../../helpers/transport/mailosaur.ts';
import { PinnedTlsAgent } from '../../helpers/transport/pinned-tls-agent.ts';
import { LoopbackRequestClient, createTwilioClient } from '../../helpers/transport/twilio.ts';
import { prepareInboxTls } from '../../sandbox/inbox/tls.ts';

const SID = `AC${'1'.repeat(32)}`;

const agentOf = (client: MailosaurClient) =>
  (client.request as unknown as { buildOptions(m: string, p: string): { agent?: unknown; url: string } }).buildOptions('GET', 'api/servers');

const isConfigError = (pattern: RegExp) => (error: unknown) =>
  error instanceof ConfigError && error.fault === 'config' && pattern.test(error.message);

describe('transport: loopback detection', () => {
  it('treats only loopback hosts as loopback', () => {
    for (const host of ['localhost', '127.0.0.1', '127.8.9.10', '[::1]', '::1']) assert.ok(isLoopbackHost(host), host);
    for (const host of ['10.0.0.1', 'mailosaur.com', '127.0.0.1.nip.io', '::2']) assert.ok(!isLoopbackHost(host), host);
  });
});

describe('transport: mailosaur client', () => {
  let dir: string;
  let caFile: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'transport-'));
    caFile = (await prepareInboxTls(dir, '127.0.0.1')).caFile;
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('leaves live clients untouched', () => {
    assert.ok(!(agentOf(createMailosaurClient({ apiKey: 'k' })).agent instanceof PinnedTlsAgent));
    const custom = agentOf(createMailosaurClient({ apiKey: 'k', baseUrl: 'https://eu.mailosaur.test' }));
    assert.ok(!(custom.agent instanceof PinnedTlsAgent), 'a non-loopback URL is not redirected');
    assert.equal(custom.url, 'https://eu.mailosaur.test/api/servers', 'the base URL gains the slash the library needs');
  });

  it('pins a loopback client to its port and CA without touching the global agent', () => {
    const globalBefore = https.globalAgent;
    const options = agentOf(createMailosaurClient({ apiKey: 'k', baseUrl: 'https://127.0.0.1:47999/', caFile }));
    assert.ok(options.agent instanceof PinnedTlsAgent);
    assert.deepEqual({ host: options.agent.endpoint.host, port: options.agent.endpoint.port }, { host: '127.0.0.1', port: 47999 });
    assert.equal(options.agent.endpoint.ca, fs.readFileSync(caFile, 'utf8'));
    assert.equal(https.globalAgent, globalBefore);
    assert.equal(Object.keys(https.globalAgent.options).includes('ca'), false, 'no CA leaks into the global agent');
  });

  it('refuses to divert a request for another host', async () => {
    const agent = new PinnedTlsAgent({ host: '127.0.0.1', port: 1, ca: '' });
    const failure = new Promise<Error>((resolve) => https.get({ host: 'example.test', path: '/', agent }).on('error', resolve));
    assert.match((await failure).message, /only connects to 127\.0\.0\.1, but a request asked for example\.test/);
  });

  it('rejects unusable settings with ConfigError', () => {
    assert.throws(() => createMailosaurClient({ apiKey: '' }), isConfigError(/MAILOSAUR_API_KEY is empty/));
    assert.throws(() => createMailosaurClient({ apiKey: 'k', baseUrl: 'not a url' }), isConfigError(/not an absolute URL/));
    assert.throws(() => createMailosaurClient({ apiKey: 'k', baseUrl: 'http://127.0.0.1:47101/', caFile }), isConfigError(/only speaks HTTPS/));
    assert.throws(() => createMailosaurClient({ apiKey: 'k', baseUrl: 'https://127.0.0.1:47101/' }), isConfigError(/MAILOSAUR_CA_FILE is not set/));
    assert.throws(
      () => createMailosaurClient({ apiKey: 'k', baseUrl: 'https://127.0.0.1:47101/', caFile: path.join(dir, 'missing.pem') }),
      isConfigError(/cannot be read \(ENOENT\)/),
    );
    const notPem = path.join(dir, 'ca-not-pem.txt');
    fs.writeFileSync(notPem, 'hello');
    assert.throws(() => createMailosaurClient({ apiKey: 'k', baseUrl: 'https://localhost:47101/', caFile: notPem }), isConfigError(/not a PEM certificate/));
  });
});

describe('transport: twilio client', () => {
  let server: http.Server;
  let origin: string;
  const seen: string[] = [];
  before(async () => {
    server = http.createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('uses a loopback httpClient only for loopback base URLs', () => {
    assert.ok(createTwilioClient({ accountSid: SID, credentials: { kind: 'auth-token', authToken: 't' }, apiBaseUrl: origin }).httpClient instanceof LoopbackRequestClient);
    assert.ok(!(createTwilioClient({ accountSid: SID, credentials: { kind: 'auth-token', authToken: 't' } }).httpClient instanceof LoopbackRequestClient));
    assert.ok(!(createTwilioClient({ accountSid: SID, credentials: { kind: 'auth-token', authToken: 't' }, apiBaseUrl: 'https://api.twilio.com' }).httpClient instanceof LoopbackRequestClient));
  });

  it('rewrites the Twilio origin of every URI, keeping path and query', async () => {
    const client = new LoopbackRequestClient(origin);
    const response = await client.request({ method: 'get', uri: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json?To=%2B1&Page=1' });
    assert.equal(response.statusCode, 200);
    assert.equal(seen.at(-1), 'GET /2010-04-01/Accounts/AC1/Messages.json?To=%2B1&Page=1');
    await assert.rejects(client.request({ method: 'get', uri: 'https://elsewhere.test/x' }), /expected a Twilio API URI/);
    assert.equal(seen.length, 1, 'the foreign request never left the process');
  });

  it('rejects unusable settings with ConfigError', () => {
    assert.throws(() => createTwilioClient({ accountSid: 'SK123', credentials: { kind: 'auth-token', authToken: 't' } }), isConfigError(/TWILIO_ACCOUNT_SID/));
    assert.throws(() => createTwilioClient({ accountSid: SID, credentials: { kind: 'auth-token', authToken: '' } }), isConfigError(/TWILIO_AUTH_TOKEN is empty/));
    assert.throws(() => createTwilioClient({ accountSid: SID, credentials: { kind: 'api-key', keySid: 'SK1', keySecret: 's' } }), isConfigError(/TWILIO_API_KEY_SID must be "SK"/));
    const key = `SK${'b'.repeat(32)}`;
    assert.throws(() => createTwilioClient({ accountSid: SID, credentials: { kind: 'api-key', keySid: key, keySecret: '' } }), isConfigError(/TWILIO_API_KEY_SECRET is empty/));
    assert.throws(() => createTwilioClient({ accountSid: SID, credentials: { kind: 'auth-token', authToken: 't' }, apiBaseUrl: 'https://twilio.example.test' }), isConfigError(/only a loopback stand-in/));
    assert.throws(() => createTwilioClient({ accountSid: SID, credentials: { kind: 'auth-token', authToken: 't' }, apiBaseUrl: 'ftp://127.0.0.1' }), isConfigError(/scheme ftp:/));
  });
});
