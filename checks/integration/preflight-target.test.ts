import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { configFrom } from '../../helpers/config/index.ts';
import { ConfigError } from '../../helpers/errors.ts';
import { checkTarget, problemsOf as runChecks, TARGET_CHECKS } from '../../helpers/preflight/target.ts';
import { sendJson, startHttpServer } from '../../sandbox/lib/http.ts';
import type { RunningService } from '../../sandbox/lib/service.ts';

/** An "org" that rejects every token and serves discovery, and an "app" that answers. */
let org: RunningService;
let app: RunningService;

before(async () => {
  org = await startHttpServer({
    name: 'rejecting-org',
    routes: [
      { method: 'GET', path: '/api/v1/users', handler: ({ res }) => sendJson(res, 401, { errorCode: 'E0000011', errorSummary: 'Invalid token provided' }) },
      { method: 'GET', path: '/oauth2/default/.well-known/openid-configuration', handler: ({ res }) => sendJson(res, 200, { issuer: 'x' }) },
    ],
  }, 0);
  app = await startHttpServer({ name: 'app', routes: [{ method: 'GET', path: '/', handler: ({ res }) => sendJson(res, 200, {}) }] }, 0);
});
after(async () => {
  await org.close();
  await app.close();
});

function liveConfig(orgUrl: string, appUrl: string, extra: Record<string, string> = {}) {
  return configFrom({
    OKTA_ORG_URL: orgUrl,
    OKTA_API_TOKEN: 'bad-token',
    SIGNIN_APP_URL: appUrl,
    OKTA_SDK_CLIENT_ID: '0oa1',
    WIDGET_APP_URL: appUrl,
    OKTA_WIDGET_CLIENT_ID: '0oa2',
    MAILOSAUR_API_KEY: 'k',
    MAILOSAUR_SERVER_ID: 'abcd1234',
    TWILIO_ACCOUNT_SID: 'AC0123456789abcdef0123456789abcdef',
    TWILIO_AUTH_TOKEN: 't',
    TWILIO_PHONE_NUMBERS: '+15551230001',
    ...extra,
  }, 'run1');
}

/** The org and app checks only: these fakes have no message services behind them. */
async function problemsOf(config: ReturnType<typeof liveConfig>): Promise<string[]> {
  return runChecks(config, TARGET_CHECKS);
}

async function configErrorOf(promise: Promise<void>): Promise<string[]> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  assert.ok(error instanceof ConfigError, `a ConfigError is raised, got ${String(error)}`);
  return error.problems;
}

describe('target preflight', () => {
  it('names a rejected API token with its fix', async () => {
    const problems = await problemsOf(liveConfig(org.url, app.url));
    assert.equal(problems.length, 1, problems.join(' | '));
    assert.match(problems[0], /OKTA_API_TOKEN was rejected .*401 E0000011 Invalid token provided.*Security > API > Tokens/);
    assert.doesNotMatch(problems[0], /bad-token/, 'the token itself is never echoed');
  });

  it('names an unreachable org and unreachable apps, in seconds', async () => {
    // A port that was free a moment ago: nothing listens there.
    const gone = await startHttpServer({ name: 'gone', routes: [] }, 0);
    await gone.close();
    const closed = gone.url;
    const started = Date.now();
    const problems = await problemsOf(liveConfig(closed, closed));
    assert.ok(Date.now() - started < 10_000, 'answers within seconds');
    assert.match(problems.join('\n'), new RegExp(`OKTA_ORG_URL ${closed} is unreachable: connection refused`));
    assert.match(problems.join('\n'), /SIGNIN_APP_URL .* is unreachable/);
    assert.match(problems.join('\n'), /WIDGET_APP_URL .* is unreachable/);
  });

  it('reports the org\'s and the message services\' problems at once as one ConfigError', async () => {
    const gone = await startHttpServer({ name: 'gone', routes: [] }, 0);
    await gone.close();
    const port = new URL(gone.url).port;
    const services = { MAILOSAUR_BASE_URL: `https://127.0.0.1:${port}/`, TWILIO_API_BASE_URL: `http://127.0.0.1:${port}` };
    const problems = await configErrorOf(checkTarget(liveConfig(org.url, app.url, services)));
    assert.equal(problems.length, 3, problems.join(' | '));
    assert.match(problems.join('\n'), /OKTA_API_TOKEN was rejected/);
    // No CA for the loopback Mailosaur: the client cannot be built, and that is reported too.
    assert.match(problems.join('\n'), /MAILOSAUR_CA_FILE is not set, but MAILOSAUR_BASE_URL is a loopback stand-in/);
    assert.match(problems.join('\n'), /The Twilio API at http:\/\/127\.0\.0\.1:\d+ is unreachable: connection refused/);
  });
});
