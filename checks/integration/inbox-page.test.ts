/**
 * The inbox's page for people, read the way a person (or a screen reader) would: by roles.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { ManualClock } from '../../sandbox/lib/service.ts';
import { startInbox } from '../../sandbox/inbox/server.ts';
import type { RunningInbox } from '../../sandbox/inbox/server.ts';

const SMS_NUMBER = '+15550100202';

describe('inbox page', () => {
  const clock = new ManualClock(Date.parse('2026-05-06T12:00:00.000Z'));
  let tlsDir: string;
  let inbox: RunningInbox;
  let browser: Browser;

  before(async () => {
    tlsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inbox-page-'));
    inbox = await startInbox({ serverId: 'pge0mail', apiKey: 'page-key', smsNumbers: [SMS_NUMBER], tlsDir, clock });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await inbox?.close();
    if (tlsDir) fs.rmSync(tlsDir, { recursive: true, force: true });
  });

  it('says so when nothing arrived yet', async () => {
    const html = await (await fetch(inbox.pageUrl)).text();
    assert.match(html, /<h1>Sandbox inbox<\/h1>/);
    assert.match(html, /No messages yet/);
  });

  it('lists emails and SMS newest first with recipients, codes and links', async () => {
    const mailer = nodemailer.createTransport({ host: '127.0.0.1', port: inbox.smtpPort, secure: false, ignoreTLS: true });
    await mailer.sendMail({
      from: 'noreply@okta.com',
      to: 'person@pge0mail.mailosaur.net',
      subject: 'Reset <b>now</b>',
      html: '<p>Enter a code instead: <b>123456</b></p><a href="https://org.test/signin/reset-password/abc">Reset Password</a>',
    });
    mailer.close();
    clock.advance(5000);
    inbox.deliverSms({ from: '+15550100999', to: SMS_NUMBER, body: 'Your verification code is 654321.' });

    const page = await browser.newPage();
    await page.goto(inbox.pageUrl);
    assert.equal(await page.title(), 'Sandbox inbox - Sandbox');
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Sandbox inbox');
    const rows = page.getByRole('table').getByRole('row');
    assert.equal(await rows.count(), 3, 'a header row and one row per message');
    const sms = rows.nth(1);
    const email = rows.nth(2);
    assert.match((await sms.textContent()) ?? '', /SMS.*\+15550100202.*Your verification code is 654321\..*654321/s, 'the SMS, newest, comes first');
    assert.match((await email.textContent()) ?? '', /Email.*person@pge0mail\.mailosaur\.net.*Reset <b>now<\/b>.*123456/s, 'the email shows escaped, not as markup');
    assert.equal(await email.getByRole('link', { name: 'Reset Password' }).getAttribute('href'), 'https://org.test/signin/reset-password/abc');
    await page.close();
  });
});
