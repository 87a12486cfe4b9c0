/**
 * Delivery latency as a test sees it: from handing an email to the inbox's SMTP listener to the
 * real mailosaur client's `messages.get` returning it. `get` polls on its own, waiting as long as
 * the inbox's `x-ms-delay` header says between empty searches, so this includes that cadence.
 */
import nodemailer from 'nodemailer';
import { MessageNotReceivedError, ProviderError, TargetError } from '../../helpers/errors.ts';
import { randomSuffix } from '../../helpers/naming.ts';
import type { Laps } from '../laps.ts';
import type { Scenario, Session } from '../scenario.ts';
import type { BenchTarget } from '../target.ts';
import { benchLogin } from './names.ts';

/** mailosaur's own default for `get`; a sandbox delivery takes milliseconds. */
const GET_TIMEOUT_MS = 10_000;

interface Input {
  to: string;
  subject: string;
}

export const mailosaurSearch: Scenario<BenchTarget> = {
  name: 'mailosaur-search',
  summary: 'SMTP send to the inbox until mailosaur messages.get returns the email',
  async start(target): Promise<Session<Input>> {
    const { sandbox, config, mailosaur } = target;
    const smtp = { host: new URL(sandbox.inbox.url).hostname, port: sandbox.inbox.smtpPort };
    // Plain SMTP on loopback, one connection per message: the way the org hands over its mail.
    const transport = nodemailer.createTransport({ ...smtp, secure: false, ignoreTLS: true, pool: false });
    return {
      async arrange({ index, worker }) {
        return { to: benchLogin(target, worker), subject: `bench ${index} ${randomSuffix(6)}` };
      },
      async act({ to, subject }: Input, laps: Laps) {
        const receivedAfter = new Date();
        try {
          await transport.sendMail({ from: 'bench@example.test', to, subject, text: 'Benchmark message.' });
        } catch (error) {
          throw new TargetError(`The inbox SMTP listener at ${smtp.host}:${smtp.port} refused a message`, {
            expected: 'the message accepted (250)',
            seen: (error as Error).message,
            hint: 'Check that the sandbox inbox started its SMTP listener.',
            cause: error,
          });
        }
        laps.mark('smtp');
        const message = await getMessage(to, receivedAfter);
        laps.mark('get');
        if (message.subject !== subject) {
          throw new TargetError(`messages.get returned another email for ${to}`, {
            expected: `subject "${subject}"`,
            seen: `subject "${String(message.subject)}"`,
            hint: 'The inbox search by sentTo must match the exact recipient.',
          });
        }
      },
      async close() {
        transport.close();
      },
    };
    async function getMessage(to: string, receivedAfter: Date) {
      try {
        return await mailosaur.messages.get(config.mailosaur.serverId, { sentTo: to }, { timeout: GET_TIMEOUT_MS, receivedAfter });
      } catch (error) {
        throw typedMailosaurError(error, to, config.mailosaur.baseUrl);
      }
    }
  },
};

function typedMailosaurError(error: unknown, to: string, baseUrl: string | undefined): Error {
  const { errorType, message } = error as { errorType?: string; message?: string };
  if (errorType === 'search_timeout') {
    return new MessageNotReceivedError(`messages.get found no email for ${to}`, {
      expected: `the email, within ${GET_TIMEOUT_MS} ms`,
      seen: 'nothing (search_timeout)',
      hint: 'The inbox accepted the message over SMTP but does not return it from search; check its store and search by sentTo.',
      cause: error,
    });
  }
  return new ProviderError(`The Mailosaur API at ${baseUrl ?? 'mailosaur.com'} failed`, {
    expected: 'a search and message read',
    seen: [errorType, message].filter(Boolean).join(': ') || String(error),
    hint: 'Check MAILOSAUR_BASE_URL and MAILOSAUR_CA_FILE of the target.',
    cause: error,
  });
}
