import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { SANDBOX_IDS } from '../../helpers/config/sandbox-target.ts';
import { ManualClock } from '../../sandbox/lib/service.ts';
import { startPhone, type RunningPhone } from '../../sandbox/phone/server.ts';

const clock = new ManualClock();
let phone: RunningPhone;
let browser: Browser;

before(async () => {
  phone = await startPhone({ accountSid: SANDBOX_IDS.twilioAccountSid, authToken: SANDBOX_IDS.twilioAuthToken, numbers: [...SANDBOX_IDS.twilioNumbers], clock });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await phone?.close();
});

async function send(to: string, body: string): Promise<void> {
  const auth = Buffer.from(`${SANDBOX_IDS.twilioAccountSid}:${SANDBOX_IDS.twilioAuthToken}`).toString('base64');
  const response = await fetch(`${phone.url}/2010-04-01/Accounts/${SANDBOX_IDS.twilioAccountSid}/Messages.json`, {
    method: 'POST',
    headers: { Authorization: `Basic ${auth}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ To: to, From: SANDBOX_IDS.smsSender, Body: body }),
  });
  assert.equal(response.status, 201, 'the phone service accepts the SMS');
}

it('shows a person the SMS sent to the test numbers, newest first, with their codes', async () => {
  await send(SANDBOX_IDS.twilioNumbers[0]!, 'Your verification code is 111111.');
  clock.advance(2_000);
  await send(SANDBOX_IDS.twilioNumbers[1]!, 'Your verification code is 222222.');
  const page = await browser.newPage();
  await page.goto(phone.url);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Sandbox phone');
  const rows = page.getByRole('row');
  assert.equal(await rows.count(), 3, 'a header row and one row per SMS');
  assert.match((await rows.nth(1).textContent()) ?? '', new RegExp(`\\${SANDBOX_IDS.twilioNumbers[1]}[\\s\\S]*222222`), 'the newest SMS comes first, with its code');
  assert.match((await rows.nth(2).textContent()) ?? '', /111111/);
});
