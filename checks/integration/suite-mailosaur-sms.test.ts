/**
 * The suite's second SMS provider: with SMS_PROVIDER=mailosaur and no Twilio settings at all, the
 * flow 1 specs lease Mailosaur SMS numbers, read their codes through the `mailosaur` client and
 * pass. The default run uses Twilio, so without this test the other half of the `sms` fixture's
 * interface would go untested.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { PROJECT_ROOT } from '../../helpers/config/index.ts';
import { SANDBOX_IDS } from '../../helpers/config/sandbox-target.ts';
import { startSandbox, type RunningSandbox } from '../../sandbox/start.ts';
import { PLAYWRIGHT_CLI, runChild } from './run-suite.ts';

let sandbox: RunningSandbox;

before(async () => {
  sandbox = await startSandbox({ port: 0 });
});
after(async () => {
  await sandbox.close();
});

/** The sandbox as a live target whose SMS provider is Mailosaur: every TWILIO_* setting removed. */
function mailosaurSmsTarget(): Record<string, string> {
  const settings = Object.entries(sandbox.settings).filter(([name]) => !name.startsWith('TWILIO_'));
  return { ...Object.fromEntries(settings), SMS_PROVIDER: 'mailosaur' };
}

it('flow 1 passes with SMS read from Mailosaur SMS numbers, and each code is deleted once read', { timeout: 240_000 }, async () => {
  const output = path.join(PROJECT_ROOT, '.cache', 'mailosaur-sms', 'test-results');
  // The @slow resend spec waits out Okta's 30 s SMS throttle; it tests the throttle, not the provider.
  const selection = ['--grep', '@flow1', '--grep-invert', '@slow'];
  const listed = await runChild([PLAYWRIGHT_CLI, 'test', ...selection, '--list'], mailosaurSmsTarget());
  const expected = Number(/Total: (\d+) tests?/.exec(listed.stdout)?.[1] ?? 0);
  assert.ok(expected >= 5, `the flow 1 specs are selected (${expected}); output:\n${listed.stdout}\n${listed.stderr}`);

  const run = await runChild([PLAYWRIGHT_CLI, 'test', ...selection, '--reporter', 'list', '--output', output], mailosaurSmsTarget());
  assert.equal(run.status, 0, `flow 1 passes with Mailosaur SMS; output:\n${run.stdout}\n${run.stderr}`);
  assert.match(run.stdout, new RegExp(`\\b${expected} passed`), `every selected spec ran and passed; output:\n${run.stdout}`);
  assert.doesNotMatch(run.stdout, /skipped|flaky/, 'nothing was skipped');

  const sent = sandbox.phone.messages();
  assert.ok(sent.length >= 4, `the org sent SMS codes (${sent.length})`);
  const pool = new Set(SANDBOX_IDS.mailosaurSmsNumbers);
  assert.deepEqual(sent.filter((m) => !pool.has(m.to)).map((m) => m.to), [], 'every SMS went to a leased Mailosaur SMS number');
  // Every spec that causes an SMS waits for it, so the reader must have consumed (deleted) them all.
  const unread = sandbox.inbox.messages().filter((m) => m.type === 'SMS');
  assert.equal(unread.length, 0, 'the suite read and deleted every SMS from the Mailosaur inbox');
});
