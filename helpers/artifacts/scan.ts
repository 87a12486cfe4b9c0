/**
 * Scans run artifacts (reports, test results, traces) for registered secrets. Findings name the
 * file and the kind of secret, never the secret itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SecretRecord } from '../secrets.ts';
import { readZip } from './zip.ts';

export interface Finding {
  file: string;
  /** The entry inside an archive, when the secret was found inside one. */
  entry?: string;
  kind: SecretRecord['kind'];
}

export interface ScanResult {
  filesScanned: number;
  findings: Finding[];
}

// Pixels and video frames can't be searched as text; they are listed as not scanned by callers.
const BINARY_MEDIA = /\.(png|jpe?g|webm|gif|ico|woff2?)$/i;
const EMBEDDED_ZIP = /data:application\/zip;base64,([A-Za-z0-9+/=]+)/g;

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true }).map((f) => path.join(dir, String(f))).filter((f) => fs.statSync(f).isFile());
}

/** Every searchable text of one file: itself, ZIP entries, and ZIP data embedded in an HTML page. */
function textsOf(file: string): { entry?: string; text: string }[] {
  const buffer = fs.readFileSync(file);
  if (file.endsWith('.zip') || file.endsWith('.trace')) {
    return readZip(buffer).filter((e) => !BINARY_MEDIA.test(e.name)).map((e) => ({ entry: e.name, text: e.data.toString('utf8') }));
  }
  const text = buffer.toString('utf8');
  const texts: { entry?: string; text: string }[] = [{ text }];
  for (const match of text.matchAll(EMBEDDED_ZIP)) {
    for (const e of readZip(Buffer.from(match[1], 'base64'))) texts.push({ entry: `embedded:${e.name}`, text: e.data.toString('utf8') });
  }
  return texts;
}

/** Secrets as they may appear in artifacts: raw, URL-encoded, and JSON-escaped. */
function forms(value: string): string[] {
  return [...new Set([value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)])];
}

/** A scan proves something only if the run handled each of these kinds of secret. */
export const REQUIRED_SECRET_KINDS: SecretRecord['kind'][] = ['api-token', 'password', 'otp'];

export function missingSecretKinds(secrets: SecretRecord[]): SecretRecord['kind'][] {
  return REQUIRED_SECRET_KINDS.filter((kind) => !secrets.some((s) => s.kind === kind));
}

export function scanArtifacts(dirs: string[], secrets: SecretRecord[]): ScanResult {
  const files = dirs.flatMap(walk).filter((f) => !BINARY_MEDIA.test(f));
  const findings: Finding[] = [];
  for (const file of files) {
    for (const { entry, text } of textsOf(file)) {
      for (const secret of secrets) {
        if (forms(secret.value).some((form) => text.includes(form))) findings.push({ file, entry, kind: secret.kind });
      }
    }
  }
  return { filesScanned: files.length, findings };
}
