// What the last successful setup depended on, so a setup that would change nothing is skipped.
// Plain Node on purpose: `scripts/bootstrap.mjs` checks it before anything else is loaded (loading
// TypeScript and the config module to find an unchanged browser cost most of a no-op setup).
//
// The stamp lists its own inputs: the settings the config module reads (their values are hashed,
// never stored), and the files whose appearance or change could alter the choice (browser
// locations, the installed dependencies, the chosen executable). Anything else changing does not
// matter; anything listed changing makes the next setup run in full.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const VERSION = 1;

/** `mtime:size` of a path, or `absent`: enough to notice an install, removal or upgrade. */
function signature(file) {
  try {
    const stat = fs.statSync(file);
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return 'absent';
  }
}

/** A hash of the named settings as the config module would see them: the `.env` file and the environment. */
function settingsHash(root, names, env) {
  const envFile = path.resolve(root, env.ENV_FILE?.trim() || '.env');
  const hash = crypto.createHash('sha256');
  hash.update(fs.existsSync(envFile) ? fs.readFileSync(envFile) : 'no env file');
  for (const name of names) hash.update(`\0${name}=${env[name] ?? ''}`);
  return hash.digest('hex');
}

export function stampFile(root) {
  return path.join(root, '.cache', 'setup-stamp.json');
}

/** Builds the stamp after a successful setup. `summary` is what the skipped setup prints. */
export function makeStamp({ root, names, watched, summary, env = process.env }) {
  return {
    version: VERSION,
    uid: process.getuid?.() ?? -1,
    names: [...names],
    settings: settingsHash(root, names, env),
    watched: Object.fromEntries(watched.map((file) => [file, signature(file)])),
    summary,
  };
}

export function writeStamp(root, stamp) {
  fs.mkdirSync(path.dirname(stampFile(root)), { recursive: true });
  fs.writeFileSync(stampFile(root), `${JSON.stringify(stamp, null, 2)}\n`);
}

/** The stamp's summary when nothing it lists has changed since, else undefined. */
export function unchangedSince(root, env = process.env) {
  let stamp;
  try {
    stamp = JSON.parse(fs.readFileSync(stampFile(root), 'utf8'));
  } catch {
    return undefined;
  }
  if (stamp?.version !== VERSION || stamp.uid !== (process.getuid?.() ?? -1)) return undefined;
  if (settingsHash(root, stamp.names ?? [], env) !== stamp.settings) return undefined;
  for (const [file, seen] of Object.entries(stamp.watched ?? {})) if (signature(file) !== seen) return undefined;
  return stamp.summary;
}

export function forgetStamp(root) {
  fs.rmSync(stampFile(root), { force: true });
}
