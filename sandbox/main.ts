/**
 * `npm run sandbox [-- --port BASE] [--org-config FILE] [--write-env PATH] [--faults FILE]`: runs the
 * whole embedded default in the foreground on loopback and prints the `.env` block that points the
 * suite at it. Playwright's webServer runs this same entry point for the default target.
 *
 * The option that writes the `.env` block is `--write-env`, not `--env-file`: Node 20 takes
 * `--env-file` for itself wherever it appears on the command line, even after the script name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SANDBOX_PORT, SANDBOX_IDS, sandboxSettings } from '../helpers/config/sandbox-target.ts';
import { readFaultsFile } from './faults/book.ts';
import { loadOrgConfig, type OrgConfigOverlay } from './org/config/index.ts';
import { startSandbox } from './start.ts';

const USAGE = 'usage: npm run sandbox -- [--port BASE (default 24100; 0: free ports)] [--org-config FILE] [--write-env PATH] [--faults FILE (a faults table, e.g. sandbox/faults/random.json)] [--defect ID (sandbox/defects/catalog.ts)]...';

function fail(message: string): never {
  process.stderr.write(`\n${message}\n\n`);
  process.exit(2);
}

function options() {
  if (process.argv.includes('--env-file')) fail(`--env-file was renamed --write-env (Node 20 takes --env-file for itself). ${USAGE}`);
  try {
    const { values } = parseArgs({
      options: { port: { type: 'string' }, 'write-env': { type: 'string' }, 'org-config': { type: 'string', multiple: true }, faults: { type: 'string' }, defect: { type: 'string', multiple: true }, help: { type: 'boolean' } },
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    const port = Number(values.port ?? DEFAULT_SANDBOX_PORT);
    if (!Number.isInteger(port) || (port !== 0 && (port < 1024 || port > 65000))) fail(`--port must be 0 or a whole number from 1024 to 65000 (seen "${values.port}").`);
    return {
      port,
      envFile: values['write-env'],
      overlays: (values['org-config'] ?? []).map(readOverlay),
      faults: values.faults ? readFaultsFile(values.faults) : undefined,
      defects: values.defect ?? [],
    };
  } catch (error) {
    fail(`${(error as Error).message}. ${USAGE}`);
  }
}

function readOverlay(file: string): OrgConfigOverlay {
  try {
    return { source: file, text: fs.readFileSync(file, 'utf8') };
  } catch (error) {
    fail(`--org-config names ${file}, which cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): give the path of a JSON file with the org settings to overlay.`);
  }
}

/** Every problem of the overlay files, in seconds, before any service starts. */
function checkOverlays(overlays: OrgConfigOverlay[], port: number): void {
  if (overlays.length === 0) return;
  const s = sandboxSettings(port || DEFAULT_SANDBOX_PORT);
  try {
    loadOrgConfig({ SDK_APP_URL: s.SIGNIN_APP_URL!, WIDGET_APP_URL: s.WIDGET_APP_URL!, SDK_CLIENT_ID: SANDBOX_IDS.sdkClientId, WIDGET_CLIENT_ID: SANDBOX_IDS.widgetClientId }, undefined, overlays);
  } catch (error) {
    fail((error as Error).message);
  }
}

const { port, envFile, overlays, faults, defects } = options();
checkOverlays(overlays, port);
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
try {
  sandbox = await startSandbox({ port, orgConfigOverlays: overlays, faults, defects });
} catch (error) {
  fail(`The sandbox could not start: ${(error as Error).message}`);
}

const envBlock = Object.entries(sandbox.settings).map(([k, v]) => `${k}=${v}`).join('\n');
if (envFile) {
  fs.mkdirSync(path.dirname(path.resolve(envFile)), { recursive: true });
  fs.writeFileSync(envFile, `# Written by npm run sandbox: points the suite at the local sandbox.\n${envBlock}\n`);
}
const apps = sandbox.org.store.apps.list().map((a) => `  ${a.label.padEnd(32)} client id ${a.clientId} (${a.oauthClient.application_type}, ${a.tokenEndpointAuthMethod})`);
process.stdout.write(
  [
    'Sandbox is running (Ctrl+C stops it).',
    '',
    `  Embedded-SDK app (flows 1, 2):   ${sandbox.sdkApp.url}/login`,
    `  Embedded-widget app (flow 3):    ${sandbox.widgetApp.url}/login`,
    `  Embedded-SDK app, variant look:  ${sandbox.sdkAppVariant.url}/ (APP_DRIVER=drivers/sdk-variant.driver.ts)`,
    `  Widget app, tokens on server:    ${sandbox.widgetAppServerTokens.url}/`,
    `  Inbox (emails, Mailosaur SMS):   ${sandbox.inbox.pageUrl}`,
    `  Phone (SMS to Twilio numbers):   ${sandbox.phone.url}`,
    `  Okta org (IDX, OAuth, API):      ${sandbox.org.url}`,
    `  Issuer:                          ${sandbox.settings.OKTA_ISSUER}`,
    ...(overlays.length ? [`  Org configuration overlaid with: ${overlays.map((o) => o.source).join(', ')}`] : []),
    '',
    'Apps registered in the org:',
    ...apps,
    '',
    ...(defects.length ? [`  Seeded defects (sandbox/defects/catalog.ts): ${defects.join(', ')}`, ''] : []),
    `Settings for the suite${envFile ? ` (also written to ${envFile})` : ''}:`,
    '',
    envBlock,
    '',
  ].join('\n'),
);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await sandbox.close();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
