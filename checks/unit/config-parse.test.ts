import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { configFrom, PROJECT_ROOT } from '../../helpers/config/index.ts';
import { ConfigError } from '../../helpers/errors.ts';
import { tempDir } from '../temp-dir.ts';

const validLive = {
  OKTA_ORG_URL: 'https://dev-123456.okta.com',
  OKTA_API_TOKEN: '00liveTokenForTests',
  SIGNIN_APP_URL: 'https://signin.example.com/',
  OKTA_SDK_CLIENT_ID: '0oa1a2b3c4d5e6f7g8h9',
  WIDGET_APP_URL: 'https://widget.example.com',
  OKTA_WIDGET_CLIENT_ID: '0oa9h8g7f6e5d4c3b2a1',
  MAILOSAUR_API_KEY: 'key',
  MAILOSAUR_SERVER_ID: 'abcd1234',
  TWILIO_ACCOUNT_SID: 'AC0123456789abcdef0123456789abcdef',
  TWILIO_AUTH_TOKEN: 'token',
  TWILIO_PHONE_NUMBERS: '+15551230001, +15551230002',
};

function problemsOf(raw: Record<string, string>): string[] {
  try {
    configFrom(raw, 'run1');
  } catch (error) {
    assert.ok(error instanceof ConfigError, 'a bad configuration raises ConfigError');
    return error.problems;
  }
  assert.fail('expected the configuration to be rejected');
}

describe('config', () => {
  it('uses the sandbox when OKTA_ORG_URL is unset', () => {
    const config = configFrom({}, 'run1');
    assert.equal(config.target, 'sandbox');
    assert.match(config.okta.orgUrl, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(config.okta.issuer, `${config.okta.orgUrl}/oauth2/default`);
    assert.ok(config.sms.numbers.length >= 2, 'the sandbox offers a pool of numbers');
  });

  it('honours SANDBOX_PORT and SMS_PROVIDER for the sandbox', () => {
    const config = configFrom({ SANDBOX_PORT: '48000', SMS_PROVIDER: 'mailosaur' }, 'run1');
    assert.equal(config.okta.orgUrl, 'http://127.0.0.1:48000');
    assert.equal(config.sms.provider, 'mailosaur');
  });

  it('reads a complete live configuration with defaults', () => {
    const config = configFrom(validLive, 'run1');
    assert.equal(config.target, 'live');
    assert.equal(config.okta.issuer, 'https://dev-123456.okta.com/oauth2/default');
    assert.equal(config.sdkApp.url, 'https://signin.example.com', 'a trailing slash is removed');
    assert.deepEqual(config.sms.numbers, ['+15551230001', '+15551230002']);
    assert.equal(config.mailosaur.emailDomain, 'abcd1234.mailosaur.net');
    assert.equal(config.testUserPrefix, 'oiec');
  });

  it('lists every problem at once, each with its fix', () => {
    const { OKTA_API_TOKEN: _dropped, ...rest } = validLive;
    const problems = problemsOf({ ...rest, OKTA_ORG_URL: 'dev-123456', TWILIO_PHONE_NUMBERS: '15551230001' });
    assert.equal(problems.length, 3, `three problems expected, got: ${problems.join(' | ')}`);
    assert.match(problems.join('\n'), /OKTA_ORG_URL is not a valid URL .*e\.g\. https:\/\//);
    assert.match(problems.join('\n'), /OKTA_API_TOKEN is missing: create one under Security > API > Tokens/);
    assert.match(problems.join('\n'), /TWILIO_PHONE_NUMBERS .* not in E\.164 "\+" format \(seen "15551230001"\)/);
  });

  it('requires Mailosaur SMS numbers when that provider is chosen', () => {
    const problems = problemsOf({ ...validLive, SMS_PROVIDER: 'mailosaur' });
    assert.deepEqual(problems.map((p) => p.split(' ')[0]), ['MAILOSAUR_SMS_NUMBERS']);
  });

  it('takes a Twilio API key instead of the auth token, and needs its secret', () => {
    const { TWILIO_AUTH_TOKEN: _token, ...withoutToken } = validLive;
    const key = `SK${'a'.repeat(32)}`;
    const config = configFrom({ ...withoutToken, TWILIO_API_KEY_SID: key, TWILIO_API_KEY_SECRET: 'secret' }, 'run1');
    assert.deepEqual(config.sms.twilio?.credentials, { kind: 'api-key', keySid: key, keySecret: 'secret' });
    assert.deepEqual(configFrom(validLive, 'run1').sms.twilio?.credentials, { kind: 'auth-token', authToken: 'token' });

    const noSecret = problemsOf({ ...withoutToken, TWILIO_API_KEY_SID: key });
    assert.deepEqual(noSecret.map((p) => p.split(' ')[0]), ['TWILIO_API_KEY_SECRET']);
    const neither = problemsOf(withoutToken);
    assert.match(neither.join('\n'), /TWILIO_AUTH_TOKEN is missing: .*or set TWILIO_API_KEY_SID and TWILIO_API_KEY_SECRET/);
    const badKey = problemsOf({ ...withoutToken, TWILIO_API_KEY_SID: `AC${'a'.repeat(32)}`, TWILIO_API_KEY_SECRET: 'secret' });
    assert.match(badKey.join('\n'), /TWILIO_API_KEY_SID is not a Twilio API key SID/);
  });

  it('rejects malformed ids and values with the valid form named', () => {
    const problems = problemsOf({ ...validLive, MAILOSAUR_SERVER_ID: 'abc', TWILIO_ACCOUNT_SID: 'SK1', SMS_PROVIDER: 'pigeon' });
    assert.equal(problems.length, 3, problems.join(' | '));
    assert.match(problems.join('\n'), /SMS_PROVIDER is not "twilio" or "mailosaur"/);
    assert.match(problems.join('\n'), /MAILOSAUR_SERVER_ID is not an 8-character server id/);
    assert.match(problems.join('\n'), /TWILIO_ACCOUNT_SID is not a Twilio Account SID/);
  });
});

describe('check-config command', () => {
  it('prints one message naming three mistakes with fixes, exits non-zero, no stack trace', () => {
    const dir = tempDir('oiec-env');
    const envFile = path.join(dir, '.env');
    const { OKTA_API_TOKEN: _dropped, ...rest } = validLive;
    const lines = Object.entries({ ...rest, OKTA_ORG_URL: 'not a url', TWILIO_PHONE_NUMBERS: '15551230001' }).map(([k, v]) => `${k}=${v}`);
    fs.writeFileSync(envFile, `${lines.join('\n')}\n`);
    const started = Date.now();
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-config.ts'], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ENV_FILE: envFile },
      encoding: 'utf8',
    });
    assert.ok(Date.now() - started < 20_000, 'answers in seconds');
    assert.equal(run.status, 2, `exit code 2 expected; stderr: ${run.stderr}`);
    assert.match(run.stderr, /3 problems/);
    assert.match(run.stderr, /OKTA_ORG_URL is not a valid URL/);
    assert.match(run.stderr, /OKTA_API_TOKEN is missing: create one under Security > API > Tokens/);
    assert.match(run.stderr, /TWILIO_PHONE_NUMBERS .*E\.164/);
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    assert.equal(run.stdout, '');
  });
});
