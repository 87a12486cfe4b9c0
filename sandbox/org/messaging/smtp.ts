/** Email delivery over real SMTP, the way Okta hands mail to its relay. */
import nodemailer from 'nodemailer';
import { RECEIVED_AT_HEADER } from '../../faults/delivery.ts';
import type { RenderedEmail } from './templates.ts';

export const OKTA_SENDER = 'noreply@okta.com';

export interface SmtpTarget {
  host: string;
  port: number;
}

/** `receivedAt`: only for a stale-message fault, the time the sandbox inbox records it as received. */
export interface DeliveryOptions {
  receivedAt?: Date;
}

export type EmailDelivery = (to: string, email: RenderedEmail, options?: DeliveryOptions) => Promise<void>;

export function smtpDelivery(target: SmtpTarget): EmailDelivery & { close(): void } {
  // The sandbox inbox speaks plain SMTP on loopback; STARTTLS would only add a certificate to trust.
  const transport = nodemailer.createTransport({
    host: target.host,
    port: target.port,
    secure: false,
    ignoreTLS: true,
    // A pooled connection skips the SMTP greeting delay on every message (about 100 ms each).
    pool: true,
    maxConnections: 2,
  });
  const deliver = async (to: string, email: RenderedEmail, options: DeliveryOptions = {}) => {
    const headers = options.receivedAt ? { [RECEIVED_AT_HEADER]: options.receivedAt.toISOString() } : undefined;
    try {
      await transport.sendMail({ from: `Okta <${OKTA_SENDER}>`, to, subject: email.subject, html: email.html, text: email.text, headers });
    } catch (error) {
      throw new Error(
        `Expected the SMTP server at ${target.host}:${target.port} to accept an email, but it failed: ` +
        `${(error as Error).message}. Is the sandbox inbox running on that port?`,
        { cause: error },
      );
    }
  };
  return Object.assign(deliver, { close: () => transport.close() });
}
