import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { LogEvent } from '@okta/okta-sdk-nodejs';
import { ConfigError } from '../../helpers/errors.ts';
import { countSignInEvents } from '../../helpers/okta/sign-in-record.ts';
import { loadAppDriver } from '../../pages/driver/load.ts';
import { SdkAppDriver } from '../../pages/driver/sdk-app-driver.ts';
import { tempDir } from '../temp-dir.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const driverFile = (body: string) => {
  const file = path.join(tempDir('suite-driver'), 'my-app.driver.ts');
  writeFileSync(file, body);
  return file;
};

describe('app driver loading', () => {
  it('defaults to the reference apps', async () => {
    const driver = await loadAppDriver({ root: ROOT });
    assert.equal(driver.name, 'reference');
    assert.equal(driver.sdkApp.driver, SdkAppDriver);
    assert.equal(driver.sdkApp.traits.protectedPath, '/profile');
    assert.equal(driver.widgetApp.traits.browserTokenStorageKey, 'okta-token-storage');
  });

  it('lays a driver over the reference: only what it names changes', async () => {
    const file = driverFile(`export default { name: 'mine', locators: { 'sdk.login.username': { css: '#user' } }, sdkApp: { protectedPath: null } };`);
    const driver = await loadAppDriver({ driverFile: file, root: ROOT });
    assert.equal(driver.name, 'mine');
    assert.deepEqual(driver.locators.spec('sdk.login.username'), { css: '#user' });
    assert.deepEqual(driver.locators.spec('sdk.login.submit'), { role: 'button', name: 'Sign in', exact: true });
    assert.equal(driver.sdkApp.traits.protectedPath, null);
    assert.equal(driver.sdkApp.traits.homePath, '/');
  });

  it('names the file and every bad key at once', async () => {
    const file = driverFile(`export default { name: 'x', locatrs: {}, sdkApp: { protectedPage: '/me' }, locators: { 'sdk.login.usernme': { css: '#u' } } };`);
    await assert.rejects(loadAppDriver({ driverFile: file, root: ROOT }), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.match(error.message, /"locatrs" is not a driver key/);
      assert.match(error.message, /"sdkApp\.protectedPage" is not a trait/);
      assert.ok(error.message.includes(file));
      return true;
    });
    const badLocator = driverFile(`export default { name: 'x', locators: { 'sdk.login.usernme': { css: '#u' } } };`);
    await assert.rejects(loadAppDriver({ driverFile: badLocator, root: ROOT }), /"sdk\.login\.usernme" is not a locator key/);
  });

  it('a module that does not load is one ConfigError naming it', async () => {
    const file = driverFile(`export default {{ broken`);
    await assert.rejects(loadAppDriver({ driverFile: file, root: ROOT }), (error: unknown) => error instanceof ConfigError && error.message.includes(file));
  });
});

describe('sign-in evidence from the System Log', () => {
  const user = { id: '00uUSER', type: 'User' };
  const event = (eventType: string, clientId: string | null, extra: Partial<LogEvent> = {}) =>
    ({ eventType, actor: user, target: [user], client: { id: clientId }, outcome: { result: 'SUCCESS' }, ...extra }) as unknown as LogEvent;

  it('counts session starts and token grants of this user at this client only', () => {
    const events = [
      event('user.session.start', 'app1'),
      event('user.session.start', null),
      event('user.session.start', 'other'),
      event('app.oauth2.as.token.grant.id_token', 'app1'),
      event('app.oauth2.token.grant.access_token', 'app1'),
      event('app.oauth2.as.token.grant.access_token', 'other'),
      event('app.oauth2.as.token.grant.id_token', 'app1', { outcome: { result: 'FAILURE' } } as Partial<LogEvent>),
    ];
    assert.deepEqual(countSignInEvents(events, '00uUSER', 'app1'), { sessionStarts: 2, idTokenGrants: 1, accessTokenGrants: 1 });
    assert.deepEqual(countSignInEvents(events, '00uOTHER', 'app1'), { sessionStarts: 0, idTokenGrants: 0, accessTokenGrants: 0 });
  });
});

describe('the README driver example', () => {
  it('loads as written (its locators and traits are valid)', async () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const example = /```ts\n(\/\/ my-app\.driver\.ts[\s\S]*?)```/.exec(readme)?.[1];
    assert.ok(example, 'README has the my-app.driver.ts example');
    const dir = path.join(ROOT, '.cache', 'readme-example');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'my-app.driver.ts');
    writeFileSync(file, example.replace("'./pages/", "'../../pages/"));
    const driver = await loadAppDriver({ driverFile: file, root: ROOT });
    assert.equal(driver.name, 'my-app');
    assert.deepEqual(driver.sdkApp.traits.shownClaims, ['email', 'sub']);
    assert.deepEqual(driver.sdkApp.locators.spec('sdk.login.username'), { css: 'input[name="identifier"]' });
  });
});
