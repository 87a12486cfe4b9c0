/**
 * `npm run sandbox` and the suite's webServer start the sandbox through here: `sandbox/main.ts`
 * bundled into one ES module by esbuild (which tsx is built on), rebuilt whenever one of its
 * sources, this file or esbuild changed. Loading one module instead of ~165 TypeScript modules
 * through tsx's loader halves the start (2.1 s to 1.1 s on the 2-core bench machine), and every
 * run of the suite waits for it. Packages stay outside the bundle, loaded from node_modules as usual.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, '.cache', 'sandbox-bundle');
const BUNDLE = path.join(OUT_DIR, 'main.mjs');
const MANIFEST = path.join(OUT_DIR, 'inputs.json');
const ENTRY = 'sandbox/main.ts';
const THIS_FILE = path.relative(ROOT, fileURLToPath(import.meta.url));

function esbuildVersion() {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'esbuild', 'package.json'), 'utf8')).version;
}

/** Fresh when built here, by this esbuild, after the last change to every file it was built from. */
function isFresh() {
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(MANIFEST, 'utf8'));
  } catch {
    return false;
  }
  if (manifest.root !== ROOT || manifest.esbuild !== esbuildVersion() || !fs.existsSync(BUNDLE)) return false;
  return manifest.inputs.every((file) => (fs.statSync(path.join(ROOT, file), { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < manifest.startedAt);
}

/**
 * Each module keeps its own `import.meta.url`, so files found relative to a source file (the
 * default org, the apps' static folders) are found as they are without the bundle.
 */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
    });
  },
};

async function build() {
  const esbuild = await import('esbuild');
  const startedAt = Date.now();
  let result;
  try {
    result = await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: [ENTRY],
      outfile: BUNDLE,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      sourcemap: 'linked',
      metafile: true,
      write: false,
      logLevel: 'silent',
      plugins: [keepModuleUrls],
    });
  } catch (error) {
    const first = error.errors?.[0];
    const where = first?.location ? ` (${first.location.file}:${first.location.line})` : '';
    process.stderr.write(`\nThe sandbox could not be built: ${first?.text ?? error.message}${where}. Fix the source, then start it again.\n\n`);
    process.exit(2);
  }
  fs.mkdirSync(OUT_DIR, { recursive: true });
  // Written beside and renamed: two runs starting at once (sharded bench runs) never read half a file.
  for (const file of result.outputFiles) writeAtomically(file.path, file.contents);
  const inputs = [...Object.keys(result.metafile.inputs), THIS_FILE];
  writeAtomically(MANIFEST, JSON.stringify({ root: ROOT, esbuild: esbuildVersion(), startedAt, inputs }));
}

function writeAtomically(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, contents);
  fs.renameSync(temporary, file);
}

if (!isFresh()) await build();
// Stack traces name the TypeScript sources (sourcemap linked beside the bundle).
process.setSourceMapsEnabled(true);
await import(pathToFileURL(BUNDLE).href);
