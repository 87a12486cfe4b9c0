/**
 * Which Chromium the suite drives. Browser downloads fail on machines without general network
 * access (CI's among them), so the suite never downloads one. It takes the lightest correct build
 * already on the machine:
 *
 *  1. BROWSER_PATH, when set (the user's word wins);
 *  2. Playwright's headless shell, when installed (`npx playwright install chromium-headless-shell`):
 *     the build Playwright itself runs headless tests on, matched to its protocol version;
 *  3. the headless shell inside the `@sparticuz/chromium` npm package (unpacked once under .cache);
 *  4. Playwright's full Chromium, when installed;
 *  5. Debian's `chromium` package.
 *
 * Why headless shells first: a full Chromium in headless mode is the whole browser without a
 * window. It also starts the browser-UI renderer and services no test needs, and on a 2-core
 * machine that costs about a third of every flow's time. The page engine (Blink, V8) is the same,
 * which the integration test `browser-parity` checks by running the flows on every build present.
 *
 * `npm run setup` makes the choice, checks the build starts, and records it in .cache/browser.json;
 * `playwright.config.ts` reads the record.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { PROJECT_ROOT, runtimeSettings } from '../config/index.ts';
import { ConfigError } from '../errors.ts';

export type BrowserSource = 'BROWSER_PATH' | 'playwright-headless-shell' | 'sparticuz' | 'playwright' | 'debian';

export interface BrowserChoice {
  source: BrowserSource;
  executablePath: string;
  args: string[];
  /** Extra environment the browser process needs (shared libraries of the npm-packaged build). */
  env?: Record<string, string>;
}

export const BROWSER_RECORD = path.join(PROJECT_ROOT, '.cache', 'browser.json');
export const DEBIAN_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
/** Where `@sparticuz/chromium` unpacks its headless shell (its own default is /tmp, shared by every user). */
export const SPARTICUZ_DIR = path.join(PROJECT_ROOT, '.cache', 'sparticuz-chromium');
export const SPARTICUZ_EXECUTABLE = path.join(SPARTICUZ_DIR, 'chromium');

/** Flags for a headless Chromium on a closed network: no background calls home, no GPU. */
export function baseArgs(): string[] {
  const args = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];
  // Chromium refuses to start its sandbox as root (CI containers run as root).
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  return args;
}

const NAMES: Record<BrowserSource, string> = {
  BROWSER_PATH: 'the Chromium named by BROWSER_PATH',
  'playwright-headless-shell': "Playwright's Chromium headless shell",
  sparticuz: 'the Chromium headless shell from the @sparticuz/chromium npm package',
  playwright: "Playwright's full Chromium",
  debian: "Debian's chromium package (a full Chromium)",
};

const REASONS: Record<BrowserSource, string> = {
  BROWSER_PATH: 'you set BROWSER_PATH, which always wins',
  'playwright-headless-shell': 'the lightest build (no browser-UI process), matched to this Playwright version',
  sparticuz: "the lightest build here (no browser-UI process); Playwright's own headless shell is not installed",
  playwright: 'no headless shell starts here; a full build also runs a browser-UI process no test needs',
  debian: 'no headless shell or Playwright build starts here; a full build also runs a browser-UI process no test needs (the slowest choice)',
};

export function describeChoice(choice: BrowserChoice): string {
  return `${NAMES[choice.source]} (${choice.executablePath})`;
}

/** Why setup chose this build, for the line it prints. */
export function whyChosen(choice: BrowserChoice): string {
  return REASONS[choice.source];
}

export function executable(file: string | undefined): file is string {
  if (!file) return false;
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function playwrightFullChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Folder and file name of the executable inside Playwright's headless-shell download, per platform. */
function headlessShellFolder(): [folder: string, file: string] | undefined {
  const arm = process.arch === 'arm64';
  if (process.platform === 'linux') return [arm ? 'chrome-headless-shell-linux-arm64' : 'chrome-headless-shell-linux64', 'chrome-headless-shell'];
  if (process.platform === 'darwin') return [arm ? 'chrome-headless-shell-mac-arm64' : 'chrome-headless-shell-mac-x64', 'chrome-headless-shell'];
  if (process.platform === 'win32') return ['chrome-headless-shell-win64', 'chrome-headless-shell.exe'];
  return undefined;
}

/**
 * Where Playwright keeps its browsers, and where its headless shell of this Playwright version
 * would be. Derived from the full Chromium's path (which Playwright computes from its own
 * settings) and Playwright's list of browser revisions, so PLAYWRIGHT_BROWSERS_PATH is honoured.
 */
export function playwrightBrowserLocations(): { registry?: string; headlessShell?: string } {
  const full = playwrightFullChromium();
  if (!full) return {};
  const registry = path.dirname(path.dirname(path.dirname(full)));
  const folder = headlessShellFolder();
  try {
    const pkg = createRequire(import.meta.url).resolve('playwright-core/package.json');
    const list = JSON.parse(fs.readFileSync(path.join(path.dirname(pkg), 'browsers.json'), 'utf8')) as { browsers: { name: string; revision: string }[] };
    const revision = list.browsers.find((b) => b.name === 'chromium-headless-shell')?.revision;
    if (!revision || !folder) return { registry };
    return { registry, headlessShell: path.join(registry, `chromium_headless_shell-${revision}`, ...folder) };
  } catch {
    return { registry };
  }
}

/** Every build on the machine, lightest first, without installing or unpacking anything. */
export function installedBrowsers(): BrowserChoice[] {
  const found: BrowserChoice[] = [];
  const add = (source: BrowserSource, file: string | undefined) => {
    if (executable(file)) found.push({ source, executablePath: file, args: baseArgs() });
  };
  const playwright = playwrightBrowserLocations();
  add('playwright-headless-shell', playwright.headlessShell);
  add('sparticuz', SPARTICUZ_EXECUTABLE);
  add('playwright', playwrightFullChromium());
  add('debian', DEBIAN_CHROMIUM.find(executable));
  return found;
}

/** BROWSER_PATH when set (checked), else undefined. */
export function browserFromSettings(): BrowserChoice | undefined {
  const { browserPath } = runtimeSettings();
  if (!browserPath) return undefined;
  if (!executable(browserPath)) {
    throw new ConfigError([`BROWSER_PATH names ${browserPath}, which is not an executable file: point it at a Chromium or Chrome executable, or remove the setting.`]);
  }
  return { source: 'BROWSER_PATH', executablePath: browserPath, args: baseArgs() };
}

/**
 * Whether a build really starts here (a build can be present but miss a shared library): Playwright
 * must launch it and render a page, exactly as the suite will. Run once per setup that changes
 * something, never per test.
 */
export async function startsHere(choice: BrowserChoice): Promise<{ ok: true } | { ok: false; why: string }> {
  try {
    const browser = await chromium.launch({ executablePath: choice.executablePath, args: choice.args, env: choice.env, timeout: 60_000 });
    try {
      const page = await browser.newPage();
      await page.setContent('<h1>ready</h1>');
      if ((await page.textContent('h1')) === 'ready') return { ok: true };
      return { ok: false, why: 'it did not render a test page' };
    } finally {
      await browser.close();
    }
  } catch (error) {
    return { ok: false, why: (error as Error).message.split('\n')[0] };
  }
}

/** The browser recorded by `npm run setup`, checked again (a record can outlive its browser). */
export function chosenBrowser(): BrowserChoice {
  const fromSettings = browserFromSettings();
  if (fromSettings) return fromSettings;
  if (fs.existsSync(BROWSER_RECORD)) {
    const record = JSON.parse(fs.readFileSync(BROWSER_RECORD, 'utf8')) as BrowserChoice;
    if (record.source !== 'BROWSER_PATH' && executable(record.executablePath)) return record;
  }
  const found = installedBrowsers()[0];
  if (found) return found;
  throw new ConfigError([
    "No Chromium was found: run `npm run setup` (it unpacks the headless shell from @sparticuz/chromium, or installs Debian's chromium when run as root), or set BROWSER_PATH.",
  ]);
}

export function recordChoice(choice: BrowserChoice): void {
  fs.mkdirSync(path.dirname(BROWSER_RECORD), { recursive: true });
  fs.writeFileSync(BROWSER_RECORD, `${JSON.stringify(choice, null, 2)}\n`);
}
