/**
 * `npm run setup` (also the first step of `npm run conformance` and `npm test`): validates the
 * settings, then makes sure a browser is available and says which one will be used.
 */
import { describeChoice } from '../helpers/browser/choice.ts';
import { provisionBrowser } from '../helpers/browser/provision.ts';
import { exitWithMessage, loadConfigOrExit } from '../helpers/config/index.ts';

const log = (line: string) => process.stdout.write(`[setup] ${line}\n`);

const config = loadConfigOrExit();
log(`target: ${config.target}${config.target === 'sandbox' ? ' (the built-in offline sandbox; set OKTA_ORG_URL in .env for a real org)' : ` (${config.okta.orgUrl})`}`);
try {
  const choice = await provisionBrowser(log);
  log(`browser: ${describeChoice(choice)}`);
} catch (error) {
  exitWithMessage(error);
}
