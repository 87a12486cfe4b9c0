/**
 * Preflight for the message services, through the same real clients the tests use: is the
 * Mailosaur API key accepted and is MAILOSAUR_SERVER_ID one of its servers; are the Twilio
 * credentials accepted for TWILIO_ACCOUNT_SID? A wrong value then ends the run in seconds with the
 * setting named, instead of every test waiting out its message timeout. Only what the user must fix
 * stops the run: a rate limit or a provider's server error is left to the tests, whose typed errors
 * report it as the provider's.
 */
import type { SuiteConfig } from '../config/types.ts';
import { ConfigError } from '../errors.ts';
import { createMailosaurClient } from '../transport/mailosaur.ts';
import { createTwilioClient } from '../transport/twilio.ts';
import { describeNetworkFailure } from '../network.ts';

const CALL_TIMEOUT_MS = 10_000;

/** The call's result, or a rejection naming the deadline (the clients' own timeouts are long). */
async function withinDeadline<T>(call: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('deadline'), { name: 'TimeoutError' })), CALL_TIMEOUT_MS);
  });
  try {
    return await Promise.race([call, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function statusOf(error: unknown): number | undefined {
  const e = error as { httpStatusCode?: number; status?: number };
  return e.httpStatusCode ?? e.status;
}

/** A client that cannot even be built (bad base URL, empty key) already says why in its ConfigError. */
function configProblems(error: unknown): string | undefined {
  return error instanceof ConfigError ? error.problems.join(' ') : undefined;
}

export async function mailosaurProblem({ mailosaur }: SuiteConfig): Promise<string | undefined> {
  const where = mailosaur.baseUrl ?? 'https://mailosaur.com';
  try {
    const client = createMailosaurClient(mailosaur);
    // Listing one message works with account keys and server-scoped keys alike.
    await withinDeadline(client.messages.list(mailosaur.serverId, { itemsPerPage: 1 }));
    return undefined;
  } catch (error) {
    const status = statusOf(error);
    if (status === 401 || status === 403) {
      return `MAILOSAUR_API_KEY was rejected by ${where} (HTTP ${status}): copy an API key from the Mailosaur dashboard (API Keys) that can read server ${mailosaur.serverId}.`;
    }
    if (status === 404) return `MAILOSAUR_SERVER_ID "${mailosaur.serverId}" is not a server of this Mailosaur account: copy the server id from the Mailosaur dashboard.`;
    if (status !== undefined) return undefined; // transient (429, 5xx): not the settings' fault
    return configProblems(error) ?? `Mailosaur at ${where} is unreachable: ${describeNetworkFailure(error, CALL_TIMEOUT_MS)}. Check MAILOSAUR_BASE_URL and the network.`;
  }
}

export async function twilioProblem({ sms }: SuiteConfig): Promise<string | undefined> {
  if (sms.provider !== 'twilio' || !sms.twilio) return undefined;
  const { accountSid, credentials, apiBaseUrl } = sms.twilio;
  const signIn = credentials.kind === 'api-key' ? 'TWILIO_API_KEY_SID and TWILIO_API_KEY_SECRET were' : 'TWILIO_AUTH_TOKEN was';
  try {
    await withinDeadline(createTwilioClient(sms.twilio).messages.list({ limit: 1 }));
    return undefined;
  } catch (error) {
    const status = statusOf(error);
    if (status === 401 || status === 403) {
      return `${signIn} rejected by Twilio for account ${accountSid} (HTTP ${status}): copy the account's Auth Token, or an API key with read access to Messages, from the Twilio console.`;
    }
    if (status === 404) return `TWILIO_ACCOUNT_SID ${accountSid} is not an account these credentials can read: copy the Account SID from the Twilio console.`;
    if (status !== undefined) return undefined; // transient (429, 5xx): not the settings' fault
    return configProblems(error) ?? `The Twilio API${apiBaseUrl ? ` at ${apiBaseUrl}` : ''} is unreachable: ${describeNetworkFailure(error, CALL_TIMEOUT_MS)}.`;
  }
}
