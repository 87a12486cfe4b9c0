/**
 * Before any test runs: can the suite reach the org, is its API token accepted, does the issuer
 * exist, do the apps answer, do Mailosaur and Twilio accept their keys? Every problem is collected
 * and reported at once, in seconds, as one ConfigError, instead of every test failing slowly with
 * the same root cause.
 */
import type { SuiteConfig } from '../config/types.ts';
import { ConfigError } from '../errors.ts';
import { appAssignmentProblems } from './app-assignment.ts';
import { mailosaurProblem, twilioProblem } from './message-services.ts';
import { oktaErrorSummary, probe } from './probe.ts';

type Check = (config: SuiteConfig) => Promise<string | undefined>;

const orgAndToken: Check = async ({ okta }) => {
  const result = await probe(`${okta.orgUrl}/api/v1/users?limit=1`, {
    headers: { Authorization: `SSWS ${okta.apiToken}`, Accept: 'application/json' },
  });
  if (result.failure) return `OKTA_ORG_URL ${okta.orgUrl} is unreachable: ${result.failure}. Check the URL and that the org is up.`;
  if (result.status === 401) {
    return `OKTA_API_TOKEN was rejected by ${okta.orgUrl} (401 ${oktaErrorSummary(result.body) || 'Unauthorized'}): create a new token under Security > API > Tokens (tokens unused for 30 days expire).`;
  }
  if (result.status === 403) {
    return `OKTA_API_TOKEN may not manage users (403 ${oktaErrorSummary(result.body)}): create the token as an admin who can manage users.`;
  }
  if (!result.ok) return `OKTA_ORG_URL ${okta.orgUrl} answered the Management API with HTTP ${result.status}: check that it is an Okta org URL.`;
  return undefined;
};

const issuer: Check = async ({ okta }) => {
  const result = await probe(`${okta.issuer}/.well-known/openid-configuration`);
  if (result.failure) return `OKTA_ISSUER ${okta.issuer} is unreachable: ${result.failure}.`;
  if (!result.ok) return `OKTA_ISSUER ${okta.issuer} has no OpenID configuration (HTTP ${result.status}): copy the Issuer URI from Security > API > Authorization Servers.`;
  return undefined;
};

function appAnswers(setting: string, pick: (c: SuiteConfig) => string): Check {
  return async (config) => {
    const url = pick(config);
    const result = await probe(url);
    if (result.failure) return `${setting} ${url} is unreachable: ${result.failure}. Check the URL and that the app is deployed and running.`;
    if (result.status !== undefined && result.status >= 500) return `${setting} ${url} answers HTTP ${result.status}: the app is up but failing; check its logs.`;
    return undefined;
  };
}

/** The org and the apps under test. */
export const TARGET_CHECKS: Check[] = [
  orgAndToken,
  issuer,
  appAnswers('SIGNIN_APP_URL', (c) => c.sdkApp.url),
  appAnswers('WIDGET_APP_URL', (c) => c.widgetApp.url),
];

/** The services the tests read their codes from. */
export const MESSAGE_SERVICE_CHECKS: Check[] = [mailosaurProblem, twilioProblem];

export async function problemsOf(config: SuiteConfig, checks: Check[]): Promise<string[]> {
  return (await Promise.all(checks.map((check) => check(config)))).filter((p): p is string => Boolean(p));
}

export async function checkTarget(config: SuiteConfig): Promise<void> {
  const [orgProblem, others] = await Promise.all([
    orgAndToken(config),
    problemsOf(config, [...TARGET_CHECKS.filter((check) => check !== orgAndToken), ...MESSAGE_SERVICE_CHECKS]),
  ]);
  // App assignments are read through the Management API: only worth asking once it accepts the token.
  const problems = orgProblem ? [orgProblem, ...others] : [...others, ...(await appAssignmentProblems(config))];
  if (problems.length > 0) {
    throw new ConfigError(problems, `The ${config.target} target is not ready (${problems.length} problem${problems.length === 1 ? '' : 's'})`);
  }
}
