import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { X509Certificate } from 'node:crypto';
import { prepareInboxTls } from '../../sandbox/inbox/tls.ts';

describe('inbox local CA', () => {
  const dirs: string[] = [];
  const freshDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inbox-tls-'));
    dirs.push(dir);
    return dir;
  };
  after(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  it('signs a server certificate for the loopback names with a CA written to ca.pem', async () => {
    const dir = freshDir();
    const tls = await prepareInboxTls(dir, '127.0.0.1');
    assert.equal(tls.caFile, path.join(dir, 'ca.pem'));
    const ca = new X509Certificate(fs.readFileSync(tls.caFile));
    const server = new X509Certificate(tls.cert);
    assert.ok(ca.ca, 'ca.pem is a CA certificate');
    assert.ok(!server.ca, 'the server certificate is not a CA');
    assert.ok(server.checkIssued(ca) && server.verify(ca.publicKey), 'the server certificate is signed by the CA');
    assert.equal(server.checkIP('127.0.0.1'), '127.0.0.1');
    assert.equal(server.checkHost('localhost'), 'localhost');
    assert.equal(fs.statSync(path.join(dir, 'ca-key.pem')).mode & 0o077, 0, 'the CA key is private to the owner');
  });

  it('reuses a valid CA across starts, including concurrent ones', async () => {
    const dir = freshDir();
    const [a, b] = await Promise.all([prepareInboxTls(dir, '127.0.0.1'), prepareInboxTls(dir, '127.0.0.1')]);
    const caPem = fs.readFileSync(a.caFile, 'utf8');
    const c = await prepareInboxTls(dir, '127.0.0.1');
    assert.equal(fs.readFileSync(c.caFile, 'utf8'), caPem, 'a restart keeps the CA the suite already trusts');
    const ca = new X509Certificate(caPem);
    for (const tls of [a, b, c]) assert.ok(new X509Certificate(tls.cert).verify(ca.publicKey), 'every server cert chains to the one CA');
    assert.notEqual(a.cert, c.cert, 'server certificates are fresh per start');
  });

  it('replaces a CA that is unreadable or about to expire', async () => {
    const dir = freshDir();
    fs.writeFileSync(path.join(dir, 'ca-key.pem'), 'not a pem');
    const first = await prepareInboxTls(dir, '127.0.0.1');
    const firstCa = fs.readFileSync(first.caFile, 'utf8');
    assert.ok(new X509Certificate(firstCa).ca, 'a corrupt bundle is replaced by a new CA');
    const tenYearsOn = Date.now() + 10 * 365 * 24 * 60 * 60 * 1000;
    const later = await prepareInboxTls(dir, '127.0.0.1', tenYearsOn);
    assert.notEqual(fs.readFileSync(later.caFile, 'utf8'), firstCa, 'an expiring CA is replaced');
  });
});
