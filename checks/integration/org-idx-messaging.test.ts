/**
 * The org's outgoing messages leave the process: email over real SMTP (From noreply@okta.com) and
 * SMS through a Twilio-compatible `Messages.json` endpoint with Basic auth, both with Okta's
 * default wording, and both recorded in the System Log without codes or links.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { after, before, test } from 'node:test';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { WIDGET_APP, WIDGET_CLIENT, authClient, createUser, signInUntilSmsSent, startTestOrg, type TestOrg } from './org-idx-support.ts';

const SID = 'ACtest0000000000000000000000000000';
const TOKEN = 'test-auth-token';
const FROM = '+15550100999';

const mails: ParsedMail[] = [];
const smsRequests: Array<{ path: string; authorization?: string; form: URLSearchParams }> = [];
let smtp: SMTPServer;
let twilio: http.Server;
let org: TestOrg;

before(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        mails.push(mail);
        callback();
      }, callback);
    },
  });
  smtp.listen(0, '127.0.0.1');
  await once(smtp.server, 'listening');
  twilio = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      smsRequests.push({ path: req.url ?? '', authorization: req.headers.authorization, form: new URLSearchParams(raw) });
      res.writeHead(201, { 'Content-Type': 'application/json' }).end('{"sid":"SM1","status":"queued"}');
    });
  });
  twilio.listen(0, '127.0.0.1');
  await once(twilio, 'listening');
  org = await startTestOrg({
    smtp: { host: '127.0.0.1', port: (smtp.server.address() as AddressInfo).port },
    telephony: { baseUrl: `http://127.0.0.1:${(twilio.address() as AddressInfo).port}`, accountSid: SID, authToken: TOKEN, from: FROM },
  });
});

after(async () => {
  await org.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  twilio.closeAllConnections();
  await new Promise<void>((resolve) => twilio.close(() => resolve()));
});

/** Resolves once `predicate` holds, or fails at the deadline naming what was awaited. */
async function eventually<T>(what: string, probe: () => T | undefined, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Expected ${what} within ${timeoutMs} ms, but it did not happen.`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

test('an email challenge is delivered over SMTP with the magic link and the code', async () => {
  const user = createUser(org, { emailFactor: true });
  const auth = authClient(org, WIDGET_CLIENT, WIDGET_APP);
  await auth.idx.start();
  await auth.idx.proceed({ step: 'identify', username: user.login });
  await auth.idx.proceed({ step: 'authenticator-verification-data', methodType: 'email' });
  const sent = org.outbox.latest({ to: user.login })!;
  const mail = await eventually('the email to reach the SMTP server', () => mails.find((m) => m.to && JSON.stringify(m.to).includes(user.login)));
  assert.equal(mail.from?.value[0]?.address, 'noreply@okta.com', 'sent from Okta');
  assert.ok(String(mail.html).includes(`Can't use the link? Enter a code instead: <b>${sent.otp}</b>`), 'the code line');
  assert.ok(String(mail.html).includes('id="email-authentication-button"'), 'the magic-link button');
  assert.ok(mail.text?.includes(sent.link!), 'the text part carries the link too');
  const events = org.store.log.query({ filter: (e) => e.eventType === 'system.email.send_factor_verify_message' && e.target.some((t) => t.id === user.id) });
  assert.equal(events.length, 1, 'the email is in the System Log');
  assert.equal(JSON.stringify(events).includes(sent.otp), false, 'the System Log never holds the code');
});

test('an SMS is POSTed to the telephony provider with Basic auth and Okta wording', async () => {
  const { phone } = await signInUntilSmsSent(org);
  const sent = org.outbox.latest({ to: phone })!;
  const request = await eventually('the SMS to reach the provider', () => smsRequests.find((r) => r.form.get('To') === phone));
  assert.equal(request.path, `/2010-04-01/Accounts/${SID}/Messages.json`, 'Twilio Messages endpoint');
  assert.equal(request.authorization, `Basic ${Buffer.from(`${SID}:${TOKEN}`).toString('base64')}`, 'Basic auth with SID and token');
  assert.equal(request.form.get('From'), FROM, 'from the configured sender');
  assert.equal(request.form.get('Body'), `Your verification code is ${sent.otp}.`, 'Okta SMS wording');
});
