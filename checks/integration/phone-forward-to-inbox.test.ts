/**
 * The SMS path end to end, wired the way sandbox/main.ts wires it: the org posts to the phone,
 * the phone forwards messages for Mailosaur SMS numbers to the inbox, and the real mailosaur
 * client reads them there while the real twilio client reads the others on the phone.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMailosaurClient } from '../../helpers/transport/mailosaur.ts';
import { createTwilioClient } from '../../helpers/transport/twilio.ts';
import { startInbox } from '../../sandbox/inbox/server.ts';
import type { RunningInbox } from '../../sandbox/inbox/server.ts';
import { startPhone } from '../../sandbox/phone/server.ts';
import type { RunningPhone } from '../../sandbox/phone/server.ts';

const ACCOUNT_SID = `AC${'2'.repeat(32)}`;
const AUTH_TOKEN = 'forward-token';
const TWILIO_NUMBER = '+15550100111';
const MAILOSAUR_NUMBER = '+15550100211';

describe('SMS from the phone to the inbox', () => {
  let tlsDir: string;
  let inbox: RunningInbox;
  let phone: RunningPhone;

  before(async () => {
    tlsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'phone-forward-'));
    inbox = await startInbox({ serverId: 'fwd0mail', apiKey: 'forward-key', smsNumbers: [MAILOSAUR_NUMBER], tlsDir });
    phone = await startPhone({
      accountSid: ACCOUNT_SID,
      authToken: AUTH_TOKEN,
      numbers: [TWILIO_NUMBER],
      onMessage: (m) => {
        if (m.to === MAILOSAUR_NUMBER) inbox.deliverSms({ from: m.from, to: m.to, body: m.body });
      },
    });
  });
  after(async () => {
    await phone?.close();
    await inbox?.close();
    if (tlsDir) fs.rmSync(tlsDir, { recursive: true, force: true });
  });

  it('delivers to whichever provider owns the number', async () => {
    const twilioClient = createTwilioClient({ accountSid: ACCOUNT_SID, credentials: { kind: 'auth-token', authToken: AUTH_TOKEN }, apiBaseUrl: phone.url });
    const mailosaur = createMailosaurClient({ apiKey: 'forward-key', baseUrl: `${inbox.url}/`, caFile: inbox.caFile });
    const t0 = new Date();
    await twilioClient.messages.create({ to: MAILOSAUR_NUMBER, from: '+15550100999', body: 'Your verification code is 818181.' });
    await twilioClient.messages.create({ to: TWILIO_NUMBER, from: '+15550100999', body: 'Your verification code is 929292.' });

    const sms = await mailosaur.messages.get('fwd0mail', { sentTo: MAILOSAUR_NUMBER }, { receivedAfter: new Date(t0.getTime() - 5000), timeout: 3000 });
    assert.equal(sms.type, 'SMS');
    assert.deepEqual(sms.text?.codes?.map((c) => c.value), ['818181']);

    const onPhone = await twilioClient.messages.list({ to: TWILIO_NUMBER, dateSentAfter: new Date(t0.getTime() - 60_000) });
    assert.deepEqual(onPhone.map((m) => [m.direction, m.status, m.body]), [['inbound', 'received', 'Your verification code is 929292.']]);
    const toMailosaur = await twilioClient.messages.list({ to: MAILOSAUR_NUMBER });
    assert.deepEqual(toMailosaur.map((m) => [m.direction, m.status]), [['outbound-api', 'delivered']], 'a number the account does not own is an outbound delivery');
    assert.equal(inbox.messages().length, 1, 'only the Mailosaur number reached the inbox');
  });
});
