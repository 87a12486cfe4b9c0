/**
 * The real @okta/okta-sdk-nodejs against a tiny local server that answers like Okta does when
 * things go wrong, to prove each failure becomes the right typed error.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { ConfigError, RateLimitError, TargetError, TargetUnreachableError } from '../../helpers/errors.ts';
import { createOktaAdmin } from '../../helpers/okta/admin-client.ts';
import { createUser, deleteUser, readUserState } from '../../helpers/okta/users.ts';

const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'Content-Type': 'application/json', Date: new Date().toUTCString(), ...headers });
  res.end(JSON.stringify(body));
};

let server: http.Server;
let orgUrl: string;
const requests: string[] = [];

before(async () => {
  server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    if (req.headers.authorization !== 'SSWS good-token') {
      return json(res, 401, { errorCode: 'E0000011', errorSummary: 'Invalid token provided', errorCauses: [] });
    }
    if (req.method === 'POST' && req.url?.startsWith('/api/v1/users?')) {
      return json(res, 200, { id: '00uhalf', status: req.headers['x-test-status'] ?? 'ACTIVE', profile: {} });
    }
    if (req.method === 'POST' && req.url?.startsWith('/api/v1/users/00uhalf/factors')) {
      return json(res, 400, { errorCode: 'E0000001', errorSummary: 'Api validation failed: factorEnrollRequest' });
    }
    if (req.url === '/api/v1/users/00uhalf') {
      if (req.method === 'GET') return json(res, 200, { id: '00uhalf', status: 'ACTIVE', profile: {} });
      res.writeHead(204).end();
      return;
    }
    if (req.url === '/api/v1/users/00uhalf/lifecycle/deactivate') return json(res, 200, {});
    if (req.url === '/api/v1/users/limited') {
      // Reset in the past: the SDK retries at once, then gives up after its bounded retries.
      return json(res, 429, { errorCode: 'E0000047', errorSummary: 'API call exceeded rate limit' }, { 'X-Rate-Limit-Reset': String(Math.floor(Date.now() / 1000) - 1) });
    }
    if (req.url === '/api/v1/users/gone' || (req.method === 'DELETE' && req.url === '/api/v1/users/00u1')) {
      return json(res, 404, { errorCode: 'E0000007', errorSummary: 'Not found: Resource not found: gone (User)' });
    }
    if (req.url === '/api/v1/users/00u1') {
      return json(res, 200, { id: '00u1', status: 'ACTIVE', lastLogin: '2024-05-06T12:00:00.000Z', passwordChanged: null, profile: {} });
    }
    return json(res, 500, { errorCode: 'E0000009', errorSummary: 'Internal Server Error' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  orgUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('Okta admin error mapping (real SDK)', () => {
  it('401 becomes a ConfigError naming OKTA_API_TOKEN', async () => {
    const admin = createOktaAdmin({ orgUrl, apiToken: 'wrong-token' });
    await assert.rejects(readUserState(admin, '00u1'), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.equal(error.fault, 'config');
      assert.match(error.message, /OKTA_API_TOKEN/);
      assert.doesNotMatch(error.message, /wrong-token/);
      return true;
    });
  });

  it('connection refused becomes a TargetUnreachableError naming OKTA_ORG_URL', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const admin = createOktaAdmin({ orgUrl: `http://127.0.0.1:${port}`, apiToken: 'good-token' });
    await assert.rejects(readUserState(admin, '00u1'), (error: unknown) => {
      return error instanceof TargetUnreachableError && /OKTA_ORG_URL/.test(error.message);
    });
  });

  it('429 after the bounded retries becomes a RateLimitError', async () => {
    const admin = createOktaAdmin({ orgUrl, apiToken: 'good-token' });
    const before = requests.filter((r) => r.endsWith('/limited')).length;
    await assert.rejects(readUserState(admin, 'limited'), (error: unknown) => error instanceof RateLimitError && error.fault === 'provider');
    assert.equal(requests.filter((r) => r.endsWith('/limited')).length - before, 3, 'one call and two retries');
  });

  it('other failures are target errors with the Okta error code', async () => {
    const admin = createOktaAdmin({ orgUrl, apiToken: 'good-token' });
    await assert.rejects(readUserState(admin, 'broken'), (error: unknown) => error instanceof TargetError && /E0000009/.test(error.message));
  });

  it('reads lastLogin as a Date, and deleting a missing user counts as done', async () => {
    const admin = createOktaAdmin({ orgUrl, apiToken: 'good-token' });
    const state = await readUserState(admin, '00u1');
    assert.equal(state.lastLogin?.toISOString(), '2024-05-06T12:00:00.000Z');
    await deleteUser(admin, 'gone');
  });
});

describe('test-user creation (real SDK)', () => {
  it('rolls back a half-created user when enrolling a factor fails', async () => {
    const admin = createOktaAdmin({ orgUrl, apiToken: 'good-token' });
    requests.length = 0;
    await assert.rejects(
      createUser(admin, { login: 'oiec-r-w0-x@d.net', firstName: 'A', lastName: 'B', password: 'Aa1!aaaaaaaaaaaa', smsPhoneNumber: '+15550100101' }),
      (error: unknown) => error instanceof TargetError && /E0000001/.test(error.message),
    );
    assert.deepEqual(
      requests.filter((r) => r.includes('00uhalf') && !r.includes('/factors')),
      // Okta's two-step delete: the first DELETE deactivates, the second removes; no read first.
      ['DELETE /api/v1/users/00uhalf', 'DELETE /api/v1/users/00uhalf'],
    );
  });
});
