/**
 * `npm run sandbox [-- --port BASE] [--env-file PATH] [--faults FILE]`: runs the whole embedded default in the
 * foreground on loopback and prints the `.env` block that points the suite at it. Playwright's
 * webServer runs this same entry point for the default target.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SANDBOX_PORT } from '../helpers/config/sandbox-target.ts';
import { readFaultsFile } from './faults/book.ts';
import { startSandbox } from './start.ts';

function fail(message: string): never {
  process.stderr.write(`\n${message}\n\n`);
  process.exit(2);
}

function options() {
  try {
    const { values } = parseArgs({
      options: { port: { type: 'string' }, 'env-file': { type: 'string' }, faults: { type: 'string' }, help: { type: 'boolean' } },
    });
    if (values.help) {
      process.stdout.write('usage: npm run sandbox -- [--port BASE (default 47100)] [--env-file PATH] [--faults FILE (a faults table, e.g. sandbox/faults/random.json)]\n');
      process.exit(0);
    }
    const port = Number(values.port ?? DEFAULT_SANDBOX_PORT);
    if (!Number.isInteger(port) || port < 1024 || port > 65000) fail(`--port must be a whole number from 1024 to 65000 (seen "${values.port}").`);
    return { port, envFile: values['env-file'], faults: values.faults ? readFaultsFile(values.faults) : undefined };
  } catch (error) {
    fail(`${(error as Error).message}. Usage: npm run sandbox -- [--port BASE] [--env-file PATH]`);
  }
}

const { port, envFile, faults } = options();
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
try {
  sandbox = await startSandbox({ port, faults });
} catch (error) {
  fail(`The sandbox could not start: ${(error as Error).message}`);
}

const envBlock = Object.entries(sandbox.settings).map(([k, v]) => `${k}=${v}`).join('\n');
if (envFile) {
  fs.mkdirSync(path.dirname(path.resolve(envFile)), { recursive: true });
  fs.writeFileSync(envFile, `# Written by npm run sandbox: points the suite at the local sandbox.\n${envBlock}\n`);
}
process.stdout.write(
  [
    'Sandbox is running (Ctrl+C stops it).',
    '',
    `  Embedded-SDK app (flows 1, 2):   ${sandbox.sdkApp.url}/login`,
    `  Embedded-widget app (flow 3):    ${sandbox.widgetApp.url}/login`,
    `  Embedded-SDK app, variant look:  ${sandbox.sdkAppVariant.url}/ (APP_DRIVER=drivers/sdk-variant.driver.ts)`,
    `  Inbox (emails, Mailosaur SMS):   ${sandbox.inbox.pageUrl}`,
    `  Phone (SMS to Twilio numbers):   ${sandbox.phone.url}`,
    `  Okta org (IDX, OAuth, API):      ${sandbox.org.url}`,
    '',
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
