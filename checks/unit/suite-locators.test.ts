import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError } from '../../helpers/errors.ts';
import { DEFAULT_LOCATORS, loadLocatorBook } from '../../pages/locators.ts';
import { tempDir } from '../temp-dir.ts';

const file = (content: string) => {
  const target = path.join(tempDir('suite-locators'), 'locators.json');
  writeFileSync(target, content);
  return target;
};

describe('locator overrides', () => {
  it('uses the defaults without a file', () => {
    assert.deepEqual(loadLocatorBook().spec('sdk.login.submit'), DEFAULT_LOCATORS['sdk.login.submit']);
  });

  it('replaces only the overridden keys', () => {
    const book = loadLocatorBook(file(JSON.stringify({ 'sdk.login.submit': { role: 'button', name: 'Anmelden' } })));
    assert.deepEqual(book.spec('sdk.login.submit'), { role: 'button', name: 'Anmelden' });
    assert.deepEqual(book.spec('sdk.login.username'), DEFAULT_LOCATORS['sdk.login.username']);
  });

  it('lists every problem: unknown keys and ambiguous specs', () => {
    const bad = file(JSON.stringify({ 'sdk.nope': { role: 'button' }, 'sdk.login.submit': { role: 'button', label: 'x' } }));
    assert.throws(() => loadLocatorBook(bad), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.equal(error.problems.length, 2);
      assert.match(error.message, /"sdk\.nope" is not a locator key/);
      assert.match(error.message, /exactly one of role, label, text, testId, css/);
      return true;
    });
  });

  it('refuses a file that is not JSON', () => {
    assert.throws(() => loadLocatorBook(file('{ nope')), ConfigError);
  });
});
