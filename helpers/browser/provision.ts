/**
 * Makes a browser available when none is installed: Debian's package via apt (only as root, the
 * only case where installing is ours to do), else the Chromium inside `@sparticuz/chromium`,
 * unpacked under the project's cache rather than /tmp so it survives reboots and is not shared
 * with other users of the machine.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { childEnvironment, PROJECT_ROOT } from '../config/index.ts';
import { ConfigError } from '../errors.ts';
import { baseArgs, type BrowserChoice, DEBIAN_CHROMIUM, findInstalledBrowser, recordChoice } from './choice.ts';

const SPARTICUZ_DIR = path.join(PROJECT_ROOT, '.cache', 'sparticuz-chromium');

export async function provisionBrowser(log: (line: string) => void): Promise<BrowserChoice> {
  const choice = findInstalledBrowser() ?? installDebianChromium(log) ?? (await unpackSparticuz(log));
  if (!choice) {
    throw new ConfigError([
      "No Chromium could be provided: install Debian's package (`apt-get install chromium`, as root), make the optional npm dependency @sparticuz/chromium installable, or set BROWSER_PATH.",
    ]);
  }
  recordChoice(choice);
  return choice;
}

function installDebianChromium(log: (line: string) => void): BrowserChoice | undefined {
  if (process.getuid?.() !== 0 || !commandExists('apt-get')) return undefined;
  log("Installing Debian's chromium package with apt-get (one time)...");
  const env = childEnvironment({ DEBIAN_FRONTEND: 'noninteractive' });
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (!install || install.status !== 0) {
    log('apt-get could not install chromium; trying the npm-packaged Chromium next.');
    return undefined;
  }
  const executablePath = DEBIAN_CHROMIUM.find((p) => fs.existsSync(p));
  return executablePath ? { source: 'debian', executablePath, args: baseArgs() } : undefined;
}

export async function unpackSparticuz(log: (line: string) => void): Promise<BrowserChoice | undefined> {
  let modulePath: string;
  try {
    modulePath = import.meta.resolve('@sparticuz/chromium');
  } catch {
    return undefined;
  }
  log('Unpacking the Chromium shipped in @sparticuz/chromium under .cache/ ...');
  fs.mkdirSync(SPARTICUZ_DIR, { recursive: true });
  // The package unpacks into os.tmpdir(); a child process with TMPDIR set keeps it in our cache.
  const script = `import(${JSON.stringify(modulePath)}).then(async (m) => { const c = m.default; const p = await c.executablePath(); process.stdout.write(JSON.stringify({ p, args: c.args, ld: process.env.LD_LIBRARY_PATH ?? '' })); })`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    env: childEnvironment({ TMPDIR: SPARTICUZ_DIR }),
    encoding: 'utf8',
  });
  const { p, ld } = JSON.parse(out) as { p: string; args: string[]; ld: string };
  return { source: 'sparticuz', executablePath: p, args: [...baseArgs(), '--headless=new'], env: ld ? { LD_LIBRARY_PATH: ld } : undefined };
}

function commandExists(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}
