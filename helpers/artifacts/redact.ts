/**
 * Removes registered secrets from artifacts in place: trace archives (DOM snapshots with typed
 * values, network bodies, console), error contexts and text attachments. A secret is replaced in
 * every form the artifact scan looks for (raw, URL-encoded, JSON-escaped); a numeric code only where
 * it stands as a number of its own, the way the scan counts it, so timestamps stay intact.
 */
import fs from 'node:fs';
import type { SecretRecord } from '../secrets.ts';
import { readZip, writeZip } from './zip.ts';

const REDACTED = '[redacted]';
// Pixels and fonts cannot hold a secret as text (screenshots mask inputs; see fixtures/failure-evidence.ts).
const BINARY = /\.(png|jpe?g|webm|gif|ico|woff2?|ttf|otf)$/i;
const MIN_LENGTH = 4;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One replacement per form of each secret, longest first so overlapping values fully vanish. */
export function secretPatterns(secrets: readonly SecretRecord[]): RegExp[] {
  const forms = new Set<string>();
  for (const { value } of secrets) {
    if (value.length < MIN_LENGTH) continue;
    for (const form of [value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)]) forms.add(form);
  }
  return [...forms]
    .sort((a, b) => b.length - a.length)
    .map((form) =>
      /^\d+$/.test(form)
        ? // A number of its own: not inside a longer number, but right after an escape (%20, \u00a0) counts.
          new RegExp(`(?:(?<=%[0-9A-Fa-f]{2}|\\\\u[0-9A-Fa-f]{4}|\\\\x[0-9A-Fa-f]{2})|(?<!\\d|\\d\\.))${form}(?!\\d|\\.\\d)`, 'g')
        : new RegExp(escapeRegExp(form), 'g'),
    );
}

export function redactText(text: string, patterns: readonly RegExp[]): string {
  return patterns.reduce((result, pattern) => result.replace(pattern, REDACTED), text);
}

/** Rewrites a file (or the text entries of a ZIP archive) only when something was redacted. */
export function redactFile(file: string, patterns: readonly RegExp[]): boolean {
  if (BINARY.test(file) || !fs.existsSync(file) || !patterns.length) return false;
  const buffer = fs.readFileSync(file);
  if (file.endsWith('.zip') || file.endsWith('.trace')) {
    const entries = readZip(buffer);
    let changed = false;
    const redacted = entries.map((entry) => {
      if (BINARY.test(entry.name)) return entry;
      const text = entry.data.toString('utf8');
      const clean = redactText(text, patterns);
      if (clean === text) return entry;
      changed = true;
      return { name: entry.name, data: Buffer.from(clean, 'utf8') };
    });
    if (changed) fs.writeFileSync(file, writeZip(redacted));
    return changed;
  }
  const text = buffer.toString('utf8');
  const clean = redactText(text, patterns);
  if (clean !== text) fs.writeFileSync(file, clean);
  return clean !== text;
}
