/**
 * The locator table is the only place the suite learns what the apps' pages look like: every key a
 * page object, driver, flow or spec names exists in the table, every table key is used, and no
 * spec, flow or page object builds a locator, opens a fixed route or reads browser storage itself
 * (only the locator table and the app driver's declared traits may).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../helpers/config/index.ts';
import { DEFAULT_LOCATORS, LocatorBook } from '../../pages/locators.ts';

function files(dir: string): string[] {
  if (!existsSync(path.join(PROJECT_ROOT, dir))) return [];
  return readdirSync(path.join(PROJECT_ROOT, dir)).flatMap((name) => {
    const relative = path.join(dir, name);
    return statSync(path.join(PROJECT_ROOT, relative)).isDirectory() ? files(relative) : relative.endsWith('.ts') ? [relative] : [];
  });
}

const suite = [...files('pages'), ...files('helpers/flows'), ...files('tests'), ...files('fixtures'), ...files('drivers')];
const source = (file: string) => readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
const KEY_LITERAL = /'((?:app|home|identity|sdk|widget)\.[A-Za-z.]+)'/g;
const keys = Object.keys(DEFAULT_LOCATORS);

describe('locator table', () => {
  it('every key named in the suite is in the table', () => {
    const unknown = suite.flatMap((file) => [...source(file).matchAll(KEY_LITERAL)].map((m) => m[1]).filter((key) => !keys.includes(key)).map((key) => `${file}: ${key}`));
    assert.deepEqual(unknown, []);
  });

  it('every locate( call names a table key (or passes one through)', () => {
    const calls = suite.filter((file) => file !== 'pages/locators.ts').flatMap((file) =>
      [...source(file).matchAll(/\blocate\(([^)]*)\)/g)].map((m) => ({ file, args: m[1] })),
    );
    assert.ok(calls.length > 10, `expected the page objects to locate through the table, found ${calls.length} calls`);
    const bad = calls.filter(({ args }) => {
      const literal = [...args.matchAll(KEY_LITERAL)].map((m) => m[1]);
      if (literal.length) return !literal.every((key) => keys.includes(key));
      // Generic helpers pass a typed LocatorKey variable through (AppPage.control, expectShown).
      return !/\b(key|this\.landmarkKey)\b/.test(args);
    });
    assert.deepEqual(bad, []);
  });

  it('every table key is used by a page object or driver', () => {
    const pages = [...files('pages'), ...files('helpers/flows')].filter((file) => file !== 'pages/locators.ts').map(source).join('\n');
    assert.deepEqual(keys.filter((key) => !pages.includes(`'${key}'`)), []);
  });

  it('no spec, flow or page object builds a locator, opens a route or reads storage itself', () => {
    const checked = suite.filter((file) => !file.startsWith('pages/driver/') && file !== 'pages/locators.ts' && !file.startsWith('drivers/'));
    const forbidden = [/\.getBy(Role|Label|Text|TestId|Placeholder)\(/, /\.locator\(/, /localStorage/, /['"`]\/(profile|login)\b/, /\.goto\(/];
    const hits = checked.flatMap((file) =>
      source(file)
        .split('\n')
        // Comments may explain what the code avoids.
        .flatMap((line, i) => (!/^\s*(\*|\/\/|\/\*)/.test(line) && forbidden.some((pattern) => pattern.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    assert.deepEqual(hits, []);
  });

  it('describes a key by kind and value for failure messages', () => {
    const book = new LocatorBook({ 'sdk.login.username': { css: 'input[name=user]' } });
    assert.equal(book.describe('sdk.login.username'), '"sdk.login.username" (css "input[name=user]")');
    assert.equal(book.describe('sdk.login.submit'), '"sdk.login.submit" (role button "Sign in")');
  });
});
