/**
 * A package served from its bundle behaves as the package does, and the bundle follows what it
 * was built from. Each load runs in a fresh Node process (a process loads a package once), on
 * mailparser: a real package with dependencies that is not bundled anywhere else, so these tests
 * never disturb the Management API SDK's bundle that a concurrent suite run may be reading.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const NAME = 'mailparser';
const DIR = path.join(ROOT, '.cache', 'packages', NAME);
const KEY = path.join(DIR, 'key.json');
const BUNDLE = path.join(DIR, 'bundle.cjs');
const CODE_CACHE = path.join(DIR, 'bundle.v8');

const PROBE = `
import { createRequire } from 'node:module';
import { loadedFrom, requireBundled } from ${JSON.stringify(path.join(ROOT, 'helpers', 'loading', 'bundled-package.ts'))};
const bundled = requireBundled(${JSON.stringify(NAME)}, import.meta.url);
const again = requireBundled(${JSON.stringify(NAME)}, import.meta.url);
const plain = createRequire(${JSON.stringify(path.join(ROOT, 'package.json'))})(${JSON.stringify(NAME)});
const mail = await bundled.simpleParser('From: a@example.com\\r\\nSubject: Your code\\r\\n\\r\\nCode 123456\\r\\n');
console.log(JSON.stringify({
  from: loadedFrom.get(${JSON.stringify(NAME)}),
  once: bundled === again,
  distinct: bundled !== plain,
  exports: Object.keys(bundled).sort(),
  plainExports: Object.keys(plain).sort(),
  subject: mail.subject,
  text: mail.text.trim(),
}));
`;

interface Probe {
  from: string;
  once: boolean;
  distinct: boolean;
  exports: string[];
  plainExports: string[];
  subject: string;
  text: string;
}

function probe(): Probe {
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', PROBE], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(result.status, 0, `the probe exited ${result.status}: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Probe;
}

function assertBehavesAsThePackage(seen: Probe) {
  assert.equal(seen.from, 'bundle');
  assert.ok(seen.once, 'a second requireBundled returns the same exports');
  assert.ok(seen.distinct, 'the bundle, not node_modules, served the exports');
  assert.deepEqual(seen.exports, seen.plainExports);
  assert.equal(seen.subject, 'Your code');
  assert.equal(seen.text, 'Code 123456');
}

describe('a package served from its bundle', () => {
  it('is built on first use and behaves as the package', () => {
    fs.rmSync(DIR, { recursive: true, force: true });
    assertBehavesAsThePackage(probe());
    assert.ok(fs.existsSync(BUNDLE) && fs.existsSync(CODE_CACHE), 'the bundle and its code cache are written');
  });

  it('is reused, bundle and code cache, when nothing changed', () => {
    probe();
    const before = [fs.statSync(BUNDLE).mtimeMs, fs.statSync(CODE_CACHE).mtimeMs];
    assertBehavesAsThePackage(probe());
    assert.deepEqual([fs.statSync(BUNDLE).mtimeMs, fs.statSync(CODE_CACHE).mtimeMs], before);
  });

  it('is rebuilt when the package version it was built from differs', () => {
    const key = JSON.parse(fs.readFileSync(KEY, 'utf8')) as { version: string };
    fs.writeFileSync(KEY, JSON.stringify({ ...key, version: '0.0.0-older' }));
    fs.writeFileSync(BUNDLE, 'throw new Error("stale bundle ran")');
    assertBehavesAsThePackage(probe());
    assert.equal((JSON.parse(fs.readFileSync(KEY, 'utf8')) as { version: string }).version, key.version);
  });

  it('replaces a code cache V8 rejects', () => {
    fs.writeFileSync(CODE_CACHE, Buffer.from('not a V8 code cache'));
    assertBehavesAsThePackage(probe());
    assert.notEqual(fs.readFileSync(CODE_CACHE).toString(), 'not a V8 code cache');
  });

  it('falls back to node_modules when the bundle cannot be written', () => {
    fs.rmSync(DIR, { recursive: true, force: true });
    fs.writeFileSync(DIR, 'a file where the cache folder belongs');
    try {
      const seen = probe();
      assert.equal(seen.from, 'node_modules');
      assert.equal(seen.subject, 'Your code');
    } finally {
      fs.rmSync(DIR, { force: true });
    }
  });
});
