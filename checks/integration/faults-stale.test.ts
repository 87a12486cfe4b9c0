/**
 * The stale-message fault end to end: every recipient's inbox or phone already holds an older
 * message (an earlier code, dated 30 s back) when the flow sends its new one. The suite's readers
 * take only what arrived after the triggering action, so the smoke specs of all three flows pass,
 * and the stale messages are left where they were, unread.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { PROJECT_ROOT } from '../../helpers/config/index.ts';
import { startSandbox, type RunningSandbox } from '../../sandbox/start.ts';
import { PLAYWRIGHT_CLI, runChild } from './run-suite.ts';

const STALE_SECONDS = 30;
let sandbox: RunningSandbox;

before(async () => {
  const rules = (['email-stale', 'sms-stale'] as const).map((fault) => ({ fault, probability: 1, delaySeconds: STALE_SECONDS, times: 1 }));
  sandbox = await startSandbox({ port: 0, faults: { seed: 'stale', rules } });
});
after(async () => {
  await sandbox.close();
});

it('with an older message waiting for every recipient, the smoke specs of flows 1-3 pass on the new one', { timeout: 240_000 }, async () => {
  const output = path.join(PROJECT_ROOT, '.cache', 'faults-stale', 'test-results');
  const run = await runChild([PLAYWRIGHT_CLI, 'test', '--grep', '@smoke', '--retries', '0', '--reporter', 'list', '--output', output], sandbox.settings);
  assert.equal(run.status, 0, `the smoke specs pass; output:\n${run.stdout}\n${run.stderr}`);
  assert.match(run.stdout, /\b3 passed/, `all three ran and passed; output:\n${run.stdout}`);

  const sent = sandbox.org.outbox.list();
  const emails = sent.filter((m) => m.kind === 'email');
  const texts = sent.filter((m) => m.kind === 'sms');
  assert.ok(emails.length >= 2 && texts.length >= 1, `the org sent emails (${emails.length}) and SMS (${texts.length})`);
  for (const message of emails) {
    const left = sandbox.inbox.messages().filter((m) => m.type === 'Email' && m.to.some((a) => a.email === message.to));
    assert.equal(left.length, 1, `the stale email to ${message.to} was left unread (and the new one read and deleted)`);
    assert.ok(message.at - left[0]!.receivedMs >= (STALE_SECONDS - 1) * 1000, 'the stale email is dated before the new one');
    assert.ok(!left[0]!.text?.body.includes(message.otp ?? '-'), "the stale email does not carry the new code");
  }
  for (const message of texts) {
    const left = sandbox.phone.messages().filter((m) => m.to === message.to && m.backdatedMs !== undefined);
    assert.equal(left.length, 1, `the stale SMS to ${message.to} is on the phone`);
    assert.ok(!left[0]!.body.includes(message.otp ?? '-'), 'the stale SMS does not carry the new code');
  }
});
