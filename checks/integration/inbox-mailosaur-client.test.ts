/**
 * The sandbox inbox driven by the REAL mailosaur client (through helpers/transport), with mail
 * delivered over SMTP by nodemailer, the way the sandbox org sends it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type MailosaurClient from 'mailosaur';
import { MailosaurError } from 'mailosaur';
import { createMailosaurClient } from '../../helpers/transport/mailosaur.ts';
import { ManualClock } from '../../sandbox/lib/service.ts';
import { startInbox } from '../../sandbox/inbox/server.ts';
import type { RunningInbox } from '../../sandbox/inbox/server.ts';

const SERVER_ID = 'tst0mail';
const API_KEY = 'inbox-test-key-0000000000000000';
const SMS_NUMBER = '+15550100201';

const challengeHtml = (code: string, token: string) => `<html><body>
<p>Hi Test,</p><p>You requested an email link to sign in to Sandbox App.</p>
<a id="email-authentication-button" href="http://127.0.0.1:47100/email/verify/0oasbxsdkapp00000001?token=${token}&amp;x=1">Sign In</a>
<p>This link expires in 5 minutes.</p>
<p>Can&#39;t use the link? Enter a code instead: <b>${code}</b></p>
</body></html>`;

describe('inbox with the real mailosaur client', () => {
  const clock = new ManualClock();
  let tlsDir: string;
  let inbox: RunningInbox;
  let client: MailosaurClient;
  let mailer: Transporter;

  const address = (label: string) => `${label}-${randomUUID().slice(0, 8)}@${SERVER_ID}.mailosaur.net`;
  const send = (to: string, subject: string, html: string) =>
    mailer.sendMail({ from: '"Okta" <noreply@okta.com>', to, subject, html, text: html.replace(/<[^>]+>/g, ' ') });

  before(async () => {
    tlsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inbox-client-'));
    inbox = await startInbox({ serverId: SERVER_ID, apiKey: API_KEY, smsNumbers: [SMS_NUMBER], tlsDir, clock });
    client = createMailosaurClient({ apiKey: API_KEY, baseUrl: `${inbox.url}/`, caFile: inbox.caFile });
    mailer = nodemailer.createTransport({ host: '127.0.0.1', port: inbox.smtpPort, secure: false, ignoreTLS: true });
  });

  after(async () => {
    mailer?.close();
    await inbox?.close();
    if (tlsDir) fs.rmSync(tlsDir, { recursive: true, force: true });
  });

  it('returns an email sent over SMTP with its code and magic link extracted', async () => {
    const to = address('email');
    const receivedAfter = new Date(clock.now());
    await send(to, 'One-time verification code', challengeHtml('493021', 'tok-abc_123'));
    const message = await client.messages.get(SERVER_ID, { sentTo: to }, { receivedAfter, timeout: 5000 });
    assert.equal(message.type, 'Email');
    assert.equal(message.to?.[0]?.email, to, 'the recipient is reported');
    assert.equal(message.from?.[0]?.email, 'noreply@okta.com');
    assert.equal(message.subject, 'One-time verification code');
    assert.deepEqual(message.html?.codes?.map((c) => c.value), ['493021'], 'the code is extracted from the HTML');
    const link = message.html?.links?.find((l) => /\/email\/verify\/[^?]+\?token=/.test(l.href ?? ''));
    assert.equal(link?.href, 'http://127.0.0.1:47100/email/verify/0oasbxsdkapp00000001?token=tok-abc_123&x=1', 'the magic link is extracted and &amp; decoded');
    assert.equal(link?.text, 'Sign In');
    assert.ok(message.html?.body?.includes('Enter a code instead'), 'the HTML body is returned');
    assert.equal(message.received?.getTime(), receivedAfter.getTime(), 'received is the inbox clock time');
  });

  it('returns an SMS delivered to a Mailosaur SMS number, searched by digits', async () => {
    const receivedAfter = new Date(clock.now());
    inbox.deliverSms({ from: '+15550100999', to: SMS_NUMBER, body: 'Your verification code is 771204.' });
    const message = await client.messages.get(SERVER_ID, { sentTo: SMS_NUMBER.replace('+', '') }, { receivedAfter, timeout: 5000 });
    assert.equal(message.type, 'SMS');
    assert.equal(message.to?.[0]?.phone, SMS_NUMBER);
    assert.equal(message.from?.[0]?.phone, '+15550100999');
    assert.equal(message.text?.body, 'Your verification code is 771204.');
    assert.deepEqual(message.text?.codes?.map((c) => c.value), ['771204']);
  });

  it('rejects SMS to a number the inbox does not own', () => {
    assert.throws(() => inbox.deliverSms({ from: '+15550100999', to: '+15550100777', body: 'x' }), /has no SMS number \+15550100777/);
  });

  it('does not return an older message that receivedAfter excludes', async () => {
    const to = address('older');
    await send(to, 'old', challengeHtml('111111', 'old-token'));
    clock.advance(60_000);
    const cutoff = new Date(clock.now() - 30_000);
    await send(to, 'new', challengeHtml('222222', 'new-token'));
    const message = await client.messages.get(SERVER_ID, { sentTo: to }, { receivedAfter: cutoff, timeout: 2000 });
    assert.equal(message.subject, 'new', 'only the message after the cutoff is found');
    const all = await client.messages.search(SERVER_ID, { sentTo: to }, { receivedAfter: new Date(clock.now() - 120_000) });
    assert.deepEqual(all.items?.map((m) => m.subject), ['new', 'old'], 'both exist, newest first');
    clock.advance(1000);
    await assert.rejects(
      client.messages.get(SERVER_ID, { sentTo: to }, { receivedAfter: new Date(clock.now()), timeout: 400 }),
      (error: unknown) => error instanceof MailosaurError && error.errorType === 'search_timeout',
      'with both messages excluded the client times out',
    );
  });

  it('gives the client its own errors on timeout, bad criteria and a bad key', async () => {
    const nobody = address('nobody');
    await assert.rejects(
      client.messages.get(SERVER_ID, { sentTo: nobody }, { timeout: 300, errorOnTimeout: false }),
      (error: unknown) => error instanceof MailosaurError && error.errorType === 'no_messages_found',
    );
    await assert.rejects(
      client.messages.search(SERVER_ID, {}, {}),
      (error: unknown) => error instanceof MailosaurError && error.errorType === 'invalid_request' && error.httpStatusCode === 400 && /\(criteria\)/.test(error.message),
    );
    const intruder = createMailosaurClient({ apiKey: 'wrong-key', baseUrl: `${inbox.url}/`, caFile: inbox.caFile });
    await assert.rejects(
      intruder.messages.list(SERVER_ID),
      (error: unknown) => error instanceof MailosaurError && error.errorType === 'authentication_error' && error.httpStatusCode === 401,
    );
    await assert.rejects(
      client.messages.getById(randomUUID()),
      (error: unknown) => error instanceof MailosaurError && error.httpStatusCode === 404,
    );
  });

  it('accepts api:KEY auth, advertises a short x-ms-delay, and is trusted only through the transport', async () => {
    const get = (options: https.RequestOptions) =>
      new Promise<{ status?: number; delay?: string | string[] }>((resolve, reject) => {
        https
          .get(`${inbox.url}/api/servers`, options, (res) => {
            res.resume();
            resolve({ status: res.statusCode, delay: res.headers['x-ms-delay'] });
          })
          .on('error', reject);
      });
    const ca = fs.readFileSync(inbox.caFile);
    const curlStyle = `Basic ${Buffer.from(`api:${API_KEY}`).toString('base64')}`;
    assert.deepEqual(await get({ ca, headers: { Authorization: curlStyle } }), { status: 200, delay: '100' });
    await assert.rejects(get({ headers: { Authorization: curlStyle } }), (error: NodeJS.ErrnoException) => /CERT|SIGNATURE|ISSUER/.test(error.code ?? ''),
      'a plain https request does not trust the sandbox CA: nothing was installed process-wide');
  });

  it('matches subject and body, with ALL and ANY', async () => {
    const to = address('match');
    await send(to, 'Account password reset', '<p>Reset Password here</p>');
    const since = new Date(clock.now() - 1000);
    const both = await client.messages.search(SERVER_ID, { sentTo: to, subject: 'PASSWORD RESET', body: 'reset password' }, { receivedAfter: since });
    assert.equal(both.items?.length, 1, 'ALL matches case-insensitively on subject and body');
    const none = await client.messages.search(SERVER_ID, { sentTo: to, subject: 'no such subject' }, { receivedAfter: since });
    assert.equal(none.items?.length, 0, 'ALL requires every criterion');
    const any = await client.messages.search(SERVER_ID, { sentTo: to, subject: 'no such subject', match: 'ANY' }, { receivedAfter: since });
    assert.equal(any.items?.length, 1, 'ANY needs one criterion');
  });

  it('lists, deletes one, deletes all, and reports the server', async () => {
    const to = address('delete');
    await send(to, 'first', '<p>1</p>');
    await send(to, 'second', '<p>2</p>');
    const since = new Date(clock.now() - 1000);
    const found = await client.messages.search(SERVER_ID, { sentTo: to }, { receivedAfter: since });
    assert.equal(found.items?.length, 2);
    await client.messages.del(found.items?.[0]?.id ?? '');
    const left = await client.messages.search(SERVER_ID, { sentTo: to }, { receivedAfter: since });
    assert.deepEqual(left.items?.map((m) => m.subject), ['first'], 'the deleted message is gone');
    const page = await client.messages.list(SERVER_ID, { itemsPerPage: 1, page: 1 });
    assert.equal(page.items?.length, 1, 'list pages with itemsPerPage');
    const servers = await client.servers.list();
    assert.equal(servers.items?.[0]?.id, SERVER_ID);
    assert.equal((await client.servers.get(SERVER_ID)).id, SERVER_ID);
    await client.messages.deleteAll(SERVER_ID);
    assert.equal((await client.messages.list(SERVER_ID)).items?.length, 0, 'deleteAll empties the server');
  });
});
