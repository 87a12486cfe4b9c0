/**
 * The inbox's SMTP listener: accepts mail for any recipient (like a Mailosaur server accepting
 * anything at its domain), over plain SMTP on loopback, with or without AUTH.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { SMTPServerDataStream, SMTPServerSession } from 'smtp-server';
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import { listen } from '../lib/ports.ts';
import type { Envelope } from './message.ts';

export interface SmtpListener {
  port: number;
  close(): Promise<void>;
}

const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

function envelopeOf(session: SMTPServerSession): Envelope {
  const { mailFrom, rcptTo } = session.envelope;
  return {
    ehlo: session.hostNameAppearsAs || undefined,
    mailFrom: mailFrom ? mailFrom.address : undefined,
    rcptTo: rcptTo.map((r) => r.address),
  };
}

export async function startSmtp(
  host: string,
  port: number,
  onMessage: (parsed: ParsedMail, envelope: Envelope) => void,
): Promise<SmtpListener> {
  const server = new SMTPServer({
    logger: false,
    banner: 'oie-conformance sandbox inbox',
    // STARTTLS would need the client to trust our CA; loopback mail does not need it.
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    // The machine may have no DNS at all; the client's hostname is never needed.
    disableReverseLookup: true,
    size: MAX_MESSAGE_BYTES,
    closeTimeout: 1000,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username ?? 'sandbox' }),
    onData: (stream: SMTPServerDataStream, session, callback) => {
      simpleParser(stream).then(
        (parsed) => {
          if (stream.sizeExceeded) return callback(Object.assign(new Error('Message exceeds the 10 MB limit of the sandbox inbox'), { responseCode: 552 }));
          onMessage(parsed, envelopeOf(session));
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  server.on('error', (error) => process.stderr.write(`[inbox smtp] ${error.message}\n`));
  await listen(server.server, port, host);
  return {
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
