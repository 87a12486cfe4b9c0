/**
 * Makes the lightest correct browser available (order and reasons in `choice.ts`): BROWSER_PATH,
 * else Playwright's headless shell, else the headless shell inside `@sparticuz/chromium`
 * (unpacked under the project's cache rather than /tmp, so it survives reboots and is not shared
 * with other users of the machine), else a full Chromium: Playwright's, or Debian's package
 * (installed with apt only as root, the only case where installing is ours to do). Each candidate
 * must start on this machine before it is chosen; one that does not is skipped with the reason.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { childEnvironment } from '../config/index.ts';
import { ConfigError } from '../errors.ts';
import {
  baseArgs,
  type BrowserChoice,
  browserFromSettings,
  DEBIAN_CHROMIUM,
  describeChoice,
  installedBrowsers,
  recordChoice,
  SPARTICUZ_DIR,
  SPARTICUZ_EXECUTABLE,
  startsHere,
} from './choice.ts';

export async function provisionBrowser(log: (line: string) => void): Promise<BrowserChoice> {
  const fromSettings = browserFromSettings();
  if (fromSettings) {
    recordChoice(fromSettings);
    return fromSettings;
  }
  const tried = new Set<string>();
  const firstThatStarts = async (candidates: BrowserChoice[]): Promise<BrowserChoice | undefined> => {
    for (const candidate of candidates) {
      if (tried.has(candidate.executablePath)) continue;
      tried.add(candidate.executablePath);
      const check = await startsHere(candidate);
      if (check.ok) return candidate;
      log(`skipping ${describeChoice(candidate)}: it does not start here (${check.why})`);
    }
    return undefined;
  };
  const installed = installedBrowsers();
  // A headless shell already present wins outright; otherwise unpacking the npm one beats a full build.
  const shells = installed.filter((c) => c.source === 'playwright-headless-shell' || c.source === 'sparticuz');
  const choice =
    (await firstThatStarts(shells)) ??
    (await firstThatStarts(asList(await unpackSparticuz(log)))) ??
    (await firstThatStarts(installed)) ??
    (await firstThatStarts(asList(installDebianChromium(log))));
  if (!choice) {
    throw new ConfigError([
      "No Chromium could be provided: install Playwright's headless shell (`npx playwright install chromium-headless-shell`), make the optional npm dependency @sparticuz/chromium installable, install Debian's package (`apt-get install chromium`, as root), or set BROWSER_PATH.",
    ]);
  }
  recordChoice(choice);
  return choice;
}

function asList(choice: BrowserChoice | undefined): BrowserChoice[] {
  return choice ? [choice] : [];
}

function installDebianChromium(log: (line: string) => void): BrowserChoice | undefined {
  if (process.getuid?.() !== 0 || !commandExists('apt-get')) return undefined;
  log("Installing Debian's chromium package with apt-get (one time)...");
  const env = childEnvironment({ DEBIAN_FRONTEND: 'noninteractive' });
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (!install || install.status !== 0) {
    log('apt-get could not install chromium.');
    return undefined;
  }
  const executablePath = DEBIAN_CHROMIUM.find((p) => fs.existsSync(p));
  return executablePath ? { source: 'debian', executablePath, args: baseArgs() } : undefined;
}

/** The headless shell inside `@sparticuz/chromium`, unpacked under .cache/ (once). */
export async function unpackSparticuz(log: (line: string) => void): Promise<BrowserChoice | undefined> {
  let modulePath: string;
  try {
    modulePath = import.meta.resolve('@sparticuz/chromium');
  } catch {
    return undefined;
  }
  if (!fs.existsSync(SPARTICUZ_EXECUTABLE)) log('Unpacking the Chromium headless shell shipped in @sparticuz/chromium under .cache/ (one time)...');
  fs.mkdirSync(SPARTICUZ_DIR, { recursive: true });
  // The package unpacks into os.tmpdir(); a child process with TMPDIR set keeps it in our cache.
  const script = `import(${JSON.stringify(modulePath)}).then(async (m) => { const p = await m.default.executablePath(); process.stdout.write(JSON.stringify({ p, ld: process.env.LD_LIBRARY_PATH ?? '' })); })`;
  let out: string;
  try {
    out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: childEnvironment({ TMPDIR: SPARTICUZ_DIR }), encoding: 'utf8' });
  } catch (error) {
    log(`@sparticuz/chromium could not be unpacked: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
  const { p, ld } = JSON.parse(out) as { p: string; ld: string };
  // No --headless flag of our own: Playwright passes --headless, which the shell runs as is.
  return { source: 'sparticuz', executablePath: p, args: baseArgs(), env: ld ? { LD_LIBRARY_PATH: ld } : undefined };
}

function commandExists(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}
