/**
 * Loading a large CommonJS package from one bundled file with a V8 code cache. Every Playwright
 * worker loads the Management API SDK on its first test: 2,463 files through Node's resolver,
 * ~1.0 s of CPU per worker process on the 2-core bench machine, and up to six workers start at
 * once. The same code bundled by esbuild and compiled from a cache of V8's own output loads in
 * ~0.25 s. Node 20 has no compile cache of its own (`module.enableCompileCache` arrived in 22.1).
 *
 * The bundle is the package's own code, unchanged: only how it is read differs. It is rebuilt
 * when the package, esbuild or Node changes, and when anything goes wrong (esbuild missing, a
 * package esbuild cannot bundle, an unwritable cache) the package is required as usual: slower,
 * never different.
 *
 * How to add a package: load it with `requireBundled('<name>', import.meta.url)` (types from
 * `import type`, never a value import, or Node loads it twice), then run the integration tests
 * that use it and check `loadedFrom` says 'bundle'.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const CACHE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '.cache', 'packages');

/** What a bundle was built from; a difference in any part means building it again. */
interface BundleKey {
  entry: string;
  version: string;
  esbuild: string;
  node: string;
}

interface BundleFiles {
  dir: string;
  bundle: string;
  codeCache: string;
  key: string;
}

/** How each package was served (the integration test reads it). */
export const loadedFrom = new Map<string, 'bundle' | 'node_modules'>();
/** Loaded once per process, as `require` does: one copy of the package's classes. */
const loaded = new Map<string, unknown>();

function filesFor(name: string): BundleFiles {
  const dir = path.join(CACHE_ROOT, name.replace(/[@/]/g, '_'));
  return { dir, bundle: path.join(dir, 'bundle.cjs'), codeCache: path.join(dir, 'bundle.v8'), key: path.join(dir, 'key.json') };
}

function packageVersion(require: NodeJS.Require, entry: string, name: string): string {
  const manifest = require.resolve(`${name}/package.json`, { paths: [path.dirname(entry)] });
  return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
}

function writeAtomically(file: string, contents: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, contents);
  fs.renameSync(temporary, file);
}

function readKey(file: string): BundleKey | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as BundleKey;
  } catch {
    return undefined;
  }
}

const sameKey = (a: BundleKey | undefined, b: BundleKey) =>
  a !== undefined && a.entry === b.entry && a.version === b.version && a.esbuild === b.esbuild && a.node === b.node;

/** Bundles the package with its dependencies into one CommonJS file (Node's own modules stay external). */
function build(require: NodeJS.Require, key: BundleKey, files: BundleFiles): void {
  const esbuild = require('esbuild') as typeof import('esbuild');
  const result = esbuild.buildSync({
    entryPoints: [key.entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    outfile: files.bundle,
  });
  fs.mkdirSync(files.dir, { recursive: true });
  // Written beside and renamed: workers starting at once never read half a file.
  writeAtomically(files.bundle, result.outputFiles[0]!.contents);
  fs.rmSync(files.codeCache, { force: true });
  writeAtomically(files.key, JSON.stringify(key));
}

/**
 * Runs the bundle as Node runs a CommonJS module, compiled from the code cache when V8 accepts it.
 * The cache is written after the module ran, so it holds the functions loading compiled too.
 */
function run(files: BundleFiles): unknown {
  const source = fs.readFileSync(files.bundle, 'utf8');
  const cachedData = fs.existsSync(files.codeCache) ? fs.readFileSync(files.codeCache) : undefined;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: files.bundle,
    cachedData,
  });
  const module = { exports: {} as unknown };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(files.bundle), module, files.bundle, files.dir);
  if (cachedData === undefined || script.cachedDataRejected) {
    try {
      writeAtomically(files.codeCache, script.createCachedData());
    } catch {
      // An unwritable cache costs the next process its compile time, nothing else.
    }
  }
  return module.exports;
}

/** `require(name)` from `fromUrl`, served from the bundle when it can be. */
export function requireBundled<T>(name: string, fromUrl: string): T {
  if (loaded.has(name)) return loaded.get(name) as T;
  const exports = load(name, createRequire(fromUrl));
  loaded.set(name, exports);
  return exports as T;
}

function load(name: string, require: NodeJS.Require): unknown {
  try {
    const entry = require.resolve(name);
    const files = filesFor(name);
    const key: BundleKey = {
      entry,
      version: packageVersion(require, entry, name),
      esbuild: packageVersion(require, entry, 'esbuild'),
      node: process.version,
    };
    if (!sameKey(readKey(files.key), key)) build(require, key, files);
    const exports = run(files);
    loadedFrom.set(name, 'bundle');
    return exports;
  } catch {
    loadedFrom.set(name, 'node_modules');
    return require(name);
  }
}
