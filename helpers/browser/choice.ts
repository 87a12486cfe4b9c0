/**
 * Which Chromium the suite drives. Browser downloads fail on machines without general network
 * access (CI's among them), so the suite never downloads one: it uses, in order, BROWSER_PATH,
 * Playwright's own Chromium when installed, Debian's `chromium` package, or the Chromium shipped
 * inside the `@sparticuz/chromium` npm package. `npm run setup` makes the choice (installing
 * Debian's package when running as root) and records it; `playwright.config.ts` reads the record.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { PROJECT_ROOT, runtimeSettings } from '../config/index.ts';
import { ConfigError } from '../errors.ts';

export type BrowserSource = 'BROWSER_PATH' | 'playwright' | 'debian' | 'sparticuz';

export interface BrowserChoice {
  source: BrowserSource;
  executablePath: string;
  args: string[];
  /** Extra environment the browser process needs (shared libraries of the npm-packaged build). */
  env?: Record<string, string>;
}

export const BROWSER_RECORD = path.join(PROJECT_ROOT, '.cache', 'browser.json');
export const DEBIAN_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags for a headless Chromium on a closed network: no background calls home, no GPU. */
export function baseArgs(): string[] {
  const args = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];
  // Chromium refuses to start its sandbox as root (CI containers run as root).
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  return args;
}

export function describeChoice(choice: BrowserChoice): string {
  const names: Record<BrowserSource, string> = {
    BROWSER_PATH: 'the Chromium named by BROWSER_PATH',
    playwright: "Playwright's own Chromium",
    debian: "Debian's chromium package",
    sparticuz: 'the Chromium from the @sparticuz/chromium npm package',
  };
  return `${names[choice.source]} (${choice.executablePath})`;
}

function executable(file: string | undefined): file is string {
  if (!file) return false;
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The first browser that is already on the machine, without installing anything. */
export function findInstalledBrowser(): BrowserChoice | undefined {
  const { browserPath } = runtimeSettings();
  if (browserPath) {
    if (!executable(browserPath)) {
      throw new ConfigError([`BROWSER_PATH names ${browserPath}, which is not an executable file: point it at a Chromium or Chrome executable, or remove the setting.`]);
    }
    return { source: 'BROWSER_PATH', executablePath: browserPath, args: baseArgs() };
  }
  const own = safePlaywrightPath();
  if (executable(own)) return { source: 'playwright', executablePath: own, args: baseArgs() };
  const debian = DEBIAN_CHROMIUM.find(executable);
  if (debian) return { source: 'debian', executablePath: debian, args: baseArgs() };
  return undefined;
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** The browser recorded by `npm run setup`, checked again (a record can outlive its browser). */
export function chosenBrowser(): BrowserChoice {
  if (runtimeSettings().browserPath) return findInstalledBrowser() as BrowserChoice;
  if (fs.existsSync(BROWSER_RECORD)) {
    const record = JSON.parse(fs.readFileSync(BROWSER_RECORD, 'utf8')) as BrowserChoice;
    if (executable(record.executablePath)) return record;
  }
  const found = findInstalledBrowser();
  if (found) return found;
  throw new ConfigError([
    'No Chromium was found: run `npm run setup` (it installs Debian\'s chromium when run as root, or unpacks the one from @sparticuz/chromium), or set BROWSER_PATH.',
  ]);
}

export function recordChoice(choice: BrowserChoice): void {
  fs.mkdirSync(path.dirname(BROWSER_RECORD), { recursive: true });
  fs.writeFileSync(BROWSER_RECORD, `${JSON.stringify(choice, null, 2)}\n`);
}
