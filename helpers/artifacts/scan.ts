/**
 * Scans run artifacts (reports, test results, traces) for registered secrets. Findings name the
 * file and the kind of secret, never the secret itself.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
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

/**
 * Playwright's own viewer code: the HTML report inlines its app (half a megabyte, the same every
 * run) into `index.html`, and with traces on it copies the trace viewer next to it. That code holds
 * hundreds of numbers, so a six-digit code could match it by chance, while only the run's data can
 * leak. Copies of these files are skipped and inlined copies cut out before searching.
 */
export function playwrightReportAssets(): string[] {
  const fromTest = createRequire(createRequire(import.meta.url).resolve('@playwright/test/package.json'));
  const fromPlaywright = createRequire(fromTest.resolve('playwright/package.json'));
  const vite = path.join(path.dirname(fromPlaywright.resolve('playwright-core/package.json')), 'lib', 'vite');
  return ['htmlReport', 'traceViewer']
    .flatMap((dir) => walk(path.join(vite, dir)))
    .filter((file) => VIEWER_TEXT.test(file))
    .map((file) => fs.readFileSync(file, 'utf8'));
}

const VIEWER_TEXT = /\.(js|css|html)$/;
// Smaller files could be ordinary text of a report; only large viewer files are cut out of pages.
const MIN_INLINED_ASSET = 1024;

/** Viewer code, prepared once per scan: whole-file copies to skip, large files to cut out of pages. */
interface ViewerCode {
  copies: Set<string>;
  inlined: string[];
}

function viewerCode(staticTexts: string[]): ViewerCode {
  return { copies: new Set(staticTexts), inlined: staticTexts.filter((known) => known.length >= MIN_INLINED_ASSET) };
}

/** Every searchable text of one file: itself, ZIP entries, and ZIP data embedded in an HTML page. */
function textsOf(file: string, viewer: ViewerCode): { entry?: string; text: string }[] {
  const buffer = fs.readFileSync(file);
  if (file.endsWith('.zip') || file.endsWith('.trace')) {
    return readZip(buffer).filter((e) => !BINARY_MEDIA.test(e.name)).map((e) => ({ entry: e.name, text: e.data.toString('utf8') }));
  }
  const raw = buffer.toString('utf8');
  if (viewer.copies.has(raw)) return [];
  const embedded = [...raw.matchAll(EMBEDDED_ZIP)].flatMap((match) =>
    readZip(Buffer.from(match[1], 'base64')).map((e) => ({ entry: `embedded:${e.name}`, text: e.data.toString('utf8') })),
  );
  // The embedded archive is searched decoded; its base64 text only adds chance matches.
  const text = viewer.inlined.reduce((t, known) => t.split(known).join(''), raw.replace(EMBEDDED_ZIP, ''));
  return [{ text }, ...embedded];
}

/** Secrets as they may appear in artifacts: raw, URL-encoded, and JSON-escaped. */
function forms(value: string): string[] {
  return [...new Set([value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)])];
}

// Escapes end in hex digits (`%20`, `\u00a0`, `\x09`) that would glue onto a code that follows.
const ESCAPE = /%[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|\\x[0-9A-Fa-f]{2}/g;

/** Finds one form of a secret in a text; `separated` is the text with escapes turned into spaces. */
type FormMatcher = (text: string, separated: () => string) => boolean;

/**
 * A code made only of digits leaks as a number of its own. Inside a longer number (a timestamp, a
 * duration, a decimal fraction) it is a coincidence, and counting it would fail clean runs at random.
 * Escapes count as separators, so `is%20482913` is still a leak.
 */
function formMatcher(form: string): FormMatcher {
  if (!/^\d+$/.test(form)) return (text) => text.includes(form);
  const wholeNumber = new RegExp(`(?<!\\d|\\d\\.)${form}(?!\\d|\\.\\d)`);
  return (_text, separated) => wholeNumber.test(separated());
}

/** A scan proves something only if the run handled each of these kinds of secret. */
export const REQUIRED_SECRET_KINDS: SecretRecord['kind'][] = ['api-token', 'password', 'otp'];

export function missingSecretKinds(secrets: SecretRecord[]): SecretRecord['kind'][] {
  return REQUIRED_SECRET_KINDS.filter((kind) => !secrets.some((s) => s.kind === kind));
}

/** `staticTexts`: code known to be the same in every run (see playwrightReportAssets), left unsearched. */
export function scanArtifacts(dirs: string[], secrets: SecretRecord[], staticTexts: string[] = []): ScanResult {
  const files = dirs.flatMap(walk).filter((f) => !BINARY_MEDIA.test(f));
  const viewer = viewerCode(staticTexts);
  const matchers = secrets.map((secret) => ({ kind: secret.kind, forms: forms(secret.value).map(formMatcher) }));
  const findings: Finding[] = [];
  for (const file of files) {
    for (const { entry, text } of textsOf(file, viewer)) {
      let view: string | undefined;
      const separated = () => (view ??= text.replace(ESCAPE, ' '));
      for (const { kind, forms: matches } of matchers) {
        if (matches.some((match) => match(text, separated))) findings.push({ file, entry, kind });
      }
    }
  }
  return { filesScanned: files.length, findings };
}
