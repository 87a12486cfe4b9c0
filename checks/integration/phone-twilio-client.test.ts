/**
 * The sandbox phone driven by the REAL twilio client (through helpers/transport), with SMS posted
 * the way the sandbox org's telephony provider posts them (form-encoded, Basic auth).
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import twilio from 'twilio';
import { createTwilioClient } from '../../helpers/transport/twilio.ts';
import { ManualClock } from '../../sandbox/lib/service.ts';
import { startPhone } from '../../sandbox/phone/server.ts';
import type { PhoneMessage, RunningPhone } from '../../sandbox/phone/server.ts';

const ACCOUNT_SID = `AC${'0'.repeat(28)}c0de`;
const AUTH_TOKEN = 'phone-test-token';
const API_KEY = { sid: `SK${'0'.repeat(28)}4b1d`, secret: 'phone-test-key-secret' };
const SENDER = '+15550100999';
const NUMBERS = ['+15550100101', '+15550100102', '+15550100103', '+15550100104', '+15550100105'];

describe('phone with the real twilio client', () => {
  const clock = new ManualClock(Date.parse('2026-05-06T12:00:00.250Z'));
  const forwarded: PhoneMessage[] = [];
  let phone: RunningPhone;
  let client: twilio.Twilio;

  const auth = (sid = ACCOUNT_SID, token = AUTH_TOKEN) => `Basic ${Buffer.from(`${sid}:${token}`).toString('base64')}`;
  /** Posts like the org's telephony provider does. */
  const orgSends = (to: string, body: string, sid = ACCOUNT_SID) =>
    fetch(`${phone.url}/2010-04-01/Accounts/${sid}/Messages.json`, {
      method: 'POST',
      headers: { Authorization: auth(), 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ To: to, From: SENDER, Body: body }),
    });

  before(async () => {
    phone = await startPhone({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, apiKeys: [API_KEY], numbers: NUMBERS, clock, onMessage: (m) => forwarded.push(m) });
    client = createTwilioClient({ accountSid: ACCOUNT_SID, credentials: { kind: 'auth-token', authToken: AUTH_TOKEN }, apiBaseUrl: phone.url });
  });
  beforeEach(() => {
    forwarded.length = 0;
    phone.setFilters([]);
  });
  after(async () => {
    await phone?.close();
  });

  it('lists an SMS the org sent, as an inbound message on the receiving number', async () => {
    const t0 = new Date(clock.now());
    const response = await orgSends(NUMBERS[0]!, 'Your verification code is 602114.');
    assert.equal(response.status, 201, 'the send is accepted');
    const sent = (await response.json()) as { sid: string; status: string; direction: string };
    assert.match(sent.sid, /^SM[0-9a-f]{32}$/);
    assert.equal(sent.status, 'queued', 'the sender sees a queued outbound message');
    const [message, ...rest] = await client.messages.list({ to: NUMBERS[0], dateSentAfter: new Date(t0.getTime() - 60_000) });
    assert.equal(rest.length, 0, 'exactly one message for the number');
    assert.equal(message?.sid, sent.sid);
    assert.equal(message?.direction, 'inbound');
    assert.equal(message?.status, 'received');
    assert.equal(message?.body, 'Your verification code is 602114.');
    assert.equal(message?.from, SENDER);
    assert.equal(message?.errorCode, null);
    assert.equal(message?.dateSent?.toISOString(), '2026-05-06T12:00:00.000Z', 'RFC 2822 date, one-second precision');
    assert.equal(forwarded[0]?.sid, sent.sid, 'onMessage sees the delivered message');
  });

  it('accepts sends from the real client too, and excludes messages before dateSentAfter', async () => {
    await client.messages.create({ to: NUMBERS[1]!, from: SENDER, body: 'Your verification code is 100001.' });
    clock.advance(120_000);
    const cutoff = new Date(clock.now() - 60_000);
    await client.messages.create({ to: NUMBERS[1]!, from: SENDER, body: 'Your verification code is 200002.' });
    const listed = await client.messages.list({ to: NUMBERS[1], dateSentAfter: cutoff });
    assert.deepEqual(listed.map((m) => m.body), ['Your verification code is 200002.'], 'only the message after the cutoff');
    const before = await client.messages.list({ to: NUMBERS[1], dateSentBefore: cutoff });
    assert.deepEqual(before.map((m) => m.body), ['Your verification code is 100001.'], 'DateSent< filters the other side');
  });

  it('pages with next_page_uri through the same transport', async () => {
    for (let i = 1; i <= 7; i += 1) {
      await orgSends(NUMBERS[2]!, `Your verification code is 30000${i}.`);
      clock.advance(1000);
    }
    const all = await client.messages.list({ to: NUMBERS[2], pageSize: 2 });
    assert.deepEqual(
      all.map((m) => m.body.slice(-2, -1)),
      ['7', '6', '5', '4', '3', '2', '1'],
      'all seven, newest first, across four pages',
    );
    const first = await client.messages.page({ to: NUMBERS[2], pageSize: 3 });
    assert.equal(first.instances.length, 3);
    assert.ok(first.nextPageUrl?.startsWith('https://api.twilio.com/'), 'twilio-node resolves the relative next page link');
    await orgSends(NUMBERS[2]!, 'Your verification code is 300008.');
    const second = await first.nextPage();
    assert.deepEqual(second?.instances.map((m) => m.body.slice(-2, -1)), ['4', '3', '2'], 'a new arrival does not shift the next page');
  });

  it('fetches and removes a message by sid, as the suite does after reading a code', async () => {
    const sent = await client.messages.create({ to: NUMBERS[0]!, from: SENDER, body: 'Your verification code is 700007.' });
    const fetched = await client.messages(sent.sid).fetch();
    assert.equal(fetched.body, 'Your verification code is 700007.');
    assert.equal(fetched.direction, 'inbound');
    assert.equal(await client.messages(sent.sid).remove(), true);
    assert.ok(!(await client.messages.list({ to: NUMBERS[0] })).some((m) => m.sid === sent.sid), 'the removed message is gone');
    await assert.rejects(client.messages(sent.sid).fetch(), (error: unknown) => error instanceof twilio.RestException && error.code === 20404);
  });

  it('reads the account\'s messages with an API key and its secret instead of the auth token', async () => {
    await orgSends(NUMBERS[4]!, 'Your verification code is 500005.');
    const keyed = createTwilioClient({ accountSid: ACCOUNT_SID, credentials: { kind: 'api-key', keySid: API_KEY.sid, keySecret: API_KEY.secret }, apiBaseUrl: phone.url });
    const listed = await keyed.messages.list({ to: NUMBERS[4] });
    assert.ok(listed.some((m) => m.body === 'Your verification code is 500005.'), 'the API key lists the account\'s messages');
    const wrongSecret = createTwilioClient({ accountSid: ACCOUNT_SID, credentials: { kind: 'api-key', keySid: API_KEY.sid, keySecret: 'not-the-secret' }, apiBaseUrl: phone.url });
    await assert.rejects(wrongSecret.messages.list({ to: NUMBERS[4] }), (error: unknown) => error instanceof twilio.RestException && error.status === 401 && error.code === 20003);
  });

  it('answers auth failures and unknown accounts with Twilio error bodies', async () => {
    const intruder = createTwilioClient({ accountSid: ACCOUNT_SID, credentials: { kind: 'auth-token', authToken: 'wrong-token' }, apiBaseUrl: phone.url });
    await assert.rejects(intruder.messages.list({ to: NUMBERS[0] }), (error: unknown) => {
      assert.ok(error instanceof twilio.RestException, 'a RestException');
      assert.equal(error.status, 401);
      assert.equal(error.code, 20003);
      assert.equal(error.moreInfo, 'https://www.twilio.com/docs/errors/20003');
      return true;
    });
    const other = `AC${'f'.repeat(32)}`;
    const response = await fetch(`${phone.url}/2010-04-01/Accounts/${other}/Messages.json`, { headers: { Authorization: auth() } });
    assert.equal(response.status, 404);
    assert.equal(((await response.json()) as { code: number }).code, 20404);
  });

  it('decodes percent-encoded filter names and rejects bad sends', async () => {
    await orgSends(NUMBERS[3]!, 'Your verification code is 400004.');
    const since = encodeURIComponent(new Date(clock.now() - 1000).toISOString().replace(/\.\d+Z$/, 'Z'));
    const url = `${phone.url}/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json?To=%2B${NUMBERS[3]!.slice(1)}&DateSent%3E=${since}&PageSize=5`;
    const page = (await (await fetch(url, { headers: { Authorization: auth() } })).json()) as { messages: unknown[]; next_page_uri: unknown };
    assert.equal(page.messages.length, 1);
    assert.equal(page.next_page_uri, null, 'no next page when everything fit');
    const missingTo = await fetch(`${phone.url}/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`, {
      method: 'POST',
      headers: { Authorization: auth(), 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ From: SENDER, Body: 'x' }),
    });
    assert.equal(missingTo.status, 400);
    assert.equal(((await missingTo.json()) as { code: number }).code, 21604);
  });

  it('records a filtered OTP as failed with 30038 and does not deliver its body', async () => {
    const put = await fetch(`${phone.url}/sandbox/filters`, {
      method: 'PUT',
      headers: { Authorization: auth(), 'Content-Type': 'application/json' },
      body: JSON.stringify({ filters: [{ to: NUMBERS[4], bodyPattern: 'verification code', times: 1 }] }),
    });
    assert.equal(put.status, 200, 'the filter is accepted');
    assert.equal((await orgSends(NUMBERS[4]!, 'Your verification code is 500005.')).status, 201, 'the sender is not told');
    await orgSends(NUMBERS[4]!, 'Your verification code is 500006.');
    const [delivered, filtered] = await client.messages.list({ to: NUMBERS[4] });
    assert.equal(filtered?.status, 'failed');
    assert.equal(filtered?.errorCode, 30038);
    assert.equal(filtered?.errorMessage, 'OTP Message Body Filtered');
    assert.equal(filtered?.body, '', 'the filtered code cannot be read');
    assert.equal(delivered?.status, 'received', 'times: 1 lets the next message through');
    assert.deepEqual(forwarded.map((m) => m.body), ['Your verification code is 500006.'], 'only the delivered message is forwarded');
  });
});
