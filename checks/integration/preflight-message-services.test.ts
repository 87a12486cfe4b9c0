/**
 * The message services' preflight against the sandbox's Mailosaur and Twilio stand-ins, through
 * the real clients: good settings pass; a wrong key, server or token is named with its fix and
 * never echoed.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { configFrom } from '../../helpers/config/index.ts';
import { mailosaurProblem, twilioProblem } from '../../helpers/preflight/message-services.ts';
import { sendJson, startHttpServer } from '../../sandbox/lib/http.ts';
import { startSandbox, type RunningSandbox } from '../../sandbox/start.ts';

let sandbox: RunningSandbox;
before(async () => {
  sandbox = await startSandbox({ port: 0 });
});
after(async () => {
  await sandbox.close();
});

/** The sandbox as a live target, with some settings changed. */
const target = (changes: Record<string, string> = {}) => configFrom({ ...sandbox.settings, ...changes }, 'preflight1');

it('accepts the right keys, server and token', async () => {
  assert.equal(await mailosaurProblem(target()), undefined);
  assert.equal(await twilioProblem(target()), undefined);
});

it('names a rejected Mailosaur key without echoing it', async () => {
  const problem = await mailosaurProblem(target({ MAILOSAUR_API_KEY: 'not-the-key-4711' }));
  assert.match(problem ?? '', /^MAILOSAUR_API_KEY was rejected by .* \(HTTP 401\): copy an API key/);
  assert.doesNotMatch(problem ?? '', /not-the-key-4711/);
});

it('names a server id that is not the account\'s', async () => {
  const problem = await mailosaurProblem(target({ MAILOSAUR_SERVER_ID: 'zzzz9999' }));
  assert.match(problem ?? '', /^MAILOSAUR_SERVER_ID "zzzz9999" is not a server of this Mailosaur account/);
});

it('names a rejected Twilio auth token or API key without echoing it', async () => {
  const token = await twilioProblem(target({ TWILIO_AUTH_TOKEN: 'not-the-token-4711' }));
  assert.match(token ?? '', /^TWILIO_AUTH_TOKEN was rejected by Twilio for account AC\w+ \(HTTP 401\)/);
  assert.doesNotMatch(token ?? '', /not-the-token-4711/);
  const key = await twilioProblem(target({ TWILIO_API_KEY_SID: `SK${'1'.repeat(32)}`, TWILIO_API_KEY_SECRET: 'not-the-secret-4711' }));
  assert.match(key ?? '', /^TWILIO_API_KEY_SID and TWILIO_API_KEY_SECRET were rejected by Twilio/);
  assert.doesNotMatch(key ?? '', /not-the-secret-4711/);
});

it('names an unreachable Mailosaur or Twilio in seconds', async () => {
  // A port that was free a moment ago: nothing listens there.
  const closed = await startHttpServer({ name: 'gone', routes: [] }, 0);
  await closed.close();
  const gone = new URL(closed.url);
  const started = Date.now();
  const mailosaur = await mailosaurProblem(target({ MAILOSAUR_BASE_URL: `https://127.0.0.1:${gone.port}/` }));
  const twilio = await twilioProblem(target({ TWILIO_API_BASE_URL: `http://127.0.0.1:${gone.port}` }));
  assert.ok(Date.now() - started < 10_000, 'answers within seconds');
  assert.match(mailosaur ?? '', /^Mailosaur at https:\/\/127\.0\.0\.1:\d+\/ is unreachable: connection refused/);
  assert.match(twilio ?? '', /^The Twilio API at http:\/\/127\.0\.0\.1:\d+ is unreachable: connection refused/);
});

it('leaves a provider\'s rate limit to the tests instead of stopping the run', async () => {
  const limited = await startHttpServer({
    name: 'rate-limited-twilio',
    routes: [{ method: 'GET', path: '/2010-04-01/Accounts/:sid/Messages.json', handler: ({ res }) => sendJson(res, 429, { code: 20429, message: 'Too Many Requests', status: 429 }) }],
  }, 0);
  try {
    assert.equal(await twilioProblem(target({ TWILIO_API_BASE_URL: limited.url })), undefined);
  } finally {
    await limited.close();
  }
});

it('has nothing to check for Twilio when SMS come through Mailosaur', async () => {
  assert.equal(await twilioProblem(target({ SMS_PROVIDER: 'mailosaur', TWILIO_AUTH_TOKEN: 'wrong' })), undefined);
});
