/**
 * Building the message readers from the config: email always through Mailosaur; SMS through
 * Twilio or Mailosaur SMS behind one interface, chosen by `sms.provider`.
 */
import type { SuiteConfig } from '../config/types.ts';
import { SuiteError } from '../errors.ts';
import type { SecretRegistry } from '../secrets.ts';
import { createMailosaurClient } from '../transport/mailosaur.ts';
import { createTwilioClient } from '../transport/twilio.ts';
import { MailosaurReader, type MailosaurMessages } from './mailosaur-reader.ts';
import { RequestPace } from './pace.ts';
import type { ReceivedSms } from './received.ts';
import { DEFAULT_MESSAGE_WAIT, type InHandReport, type MessageWaitSettings } from './timing.ts';
import { TwilioReader, type TwilioMessages } from './twilio-reader.ts';

/** Reads the one SMS an action caused a number to receive. */
export interface SmsReader {
  expectSms(number: string, trigger: () => Promise<unknown>): Promise<ReceivedSms>;
}

/** The provider clients, created once per worker, each with the pace its polls share. */
export interface MessageClients {
  mailosaur: MailosaurMessages;
  twilio?: TwilioMessages;
  pace: { mailosaur: RequestPace; twilio: RequestPace };
}

export function createMessageClients(config: SuiteConfig): MessageClients {
  const { apiKey, baseUrl, caFile } = config.mailosaur;
  const mailosaur = createMailosaurClient({ apiKey, baseUrl, caFile });
  const twilioSettings = config.sms.twilio;
  const twilio = config.sms.provider === 'twilio' && twilioSettings ? createTwilioClient(twilioSettings) : undefined;
  return { mailosaur, twilio, pace: { mailosaur: new RequestPace(), twilio: new RequestPace() } };
}

export function createEmailReader(clients: MessageClients, config: SuiteConfig, secrets: SecretRegistry, wait: MessageWaitSettings = DEFAULT_MESSAGE_WAIT, inHand?: InHandReport): MailosaurReader {
  return new MailosaurReader(clients.mailosaur, config.mailosaur.serverId, secrets, wait, clients.pace.mailosaur, inHand);
}

export function createSmsReader(clients: MessageClients, config: SuiteConfig, secrets: SecretRegistry, wait: MessageWaitSettings = DEFAULT_MESSAGE_WAIT, inHand?: InHandReport): SmsReader {
  if (config.sms.provider === 'mailosaur') return new MailosaurReader(clients.mailosaur, config.mailosaur.serverId, secrets, wait, clients.pace.mailosaur, inHand);
  if (!clients.twilio) {
    throw new SuiteError('SMS_PROVIDER is twilio but no Twilio client was configured', {
      expected: 'TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (or an API key) in the config',
      seen: 'no Twilio settings',
      hint: 'Set the Twilio settings or SMS_PROVIDER=mailosaur.',
    });
  }
  return new TwilioReader(clients.twilio, secrets, wait, clients.pace.twilio, inHand);
}
