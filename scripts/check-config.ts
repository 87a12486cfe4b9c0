/**
 * `npm run check-config`: validates the settings and says which target the suite will run against.
 * Prints no secrets. Exit code 2 with one message listing every problem when the settings are bad.
 */
import { loadConfigOrExit } from '../helpers/config/index.ts';

const config = loadConfigOrExit();
const lines = [
  `target:      ${config.target}`,
  `org:         ${config.okta.orgUrl}`,
  `issuer:      ${config.okta.issuer}`,
  `sdk app:     ${config.sdkApp.url} (client ${config.sdkApp.clientId})`,
  `widget app:  ${config.widgetApp.url} (client ${config.widgetApp.clientId})`,
  `email:       Mailosaur server ${config.mailosaur.serverId} (${config.mailosaur.emailDomain})`,
  `sms:         ${config.sms.provider}, ${config.sms.numbers.length} number(s) in the pool`,
  `user prefix: ${config.testUserPrefix}`,
];
process.stdout.write(`Settings are valid.\n${lines.map((l) => `  ${l}`).join('\n')}\n`);
