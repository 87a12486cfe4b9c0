/**
 * `npm run setup` (also the first step of `npm run conformance` and `npm test`): validates the
 * settings, then makes sure a browser is available and says which one will be used and why.
 * On success it writes a stamp of what the result depended on; `scripts/bootstrap.mjs` skips the
 * next setup while nothing in the stamp has changed (see `scripts/setup-stamp.mjs`).
 */
import path from 'node:path';
import { describeChoice, DEBIAN_CHROMIUM, playwrightBrowserLocations, SPARTICUZ_EXECUTABLE, whyChosen } from '../helpers/browser/choice.ts';
import { provisionBrowser } from '../helpers/browser/provision.ts';
import { exitWithMessage, loadConfigOrExit, PROJECT_ROOT } from '../helpers/config/index.ts';
import { SETTINGS } from '../helpers/config/settings.ts';
import { forgetStamp, makeStamp, writeStamp } from './setup-stamp.mjs';

const log = (line: string) => process.stdout.write(`[setup] ${line}\n`);

forgetStamp(PROJECT_ROOT);
const config = loadConfigOrExit();
const target = `target: ${config.target}${config.target === 'sandbox' ? ' (the built-in offline sandbox; set OKTA_ORG_URL in .env for a real org)' : ` (${config.okta.orgUrl})`}`;
log(target);
try {
  const choice = await provisionBrowser(log);
  const browser = `browser: ${describeChoice(choice)}. Why: ${whyChosen(choice)}`;
  log(browser);
  const playwright = playwrightBrowserLocations();
  const watched = [
    path.join(PROJECT_ROOT, 'node_modules', '.package-lock.json'),
    choice.executablePath,
    SPARTICUZ_EXECUTABLE,
    ...DEBIAN_CHROMIUM,
    ...[playwright.registry, playwright.headlessShell].filter((p): p is string => Boolean(p)),
  ];
  const names = [...SETTINGS.map((s) => s.name), 'ENV_FILE', 'PLAYWRIGHT_BROWSERS_PATH'];
  writeStamp(PROJECT_ROOT, makeStamp({ root: PROJECT_ROOT, names, watched, summary: `${target}\n${browser}` }));
} catch (error) {
  exitWithMessage(error);
}
