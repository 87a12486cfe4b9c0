/** Email delivery over real SMTP, the way Okta hands mail to its relay. */
import nodemailer from 'nodemailer';
import type { RenderedEmail } from './templates.ts';

export const OKTA_SENDER = 'noreply@okta.com';

export interface SmtpTarget {
  host: string;
  port: number;
}

export type EmailDelivery = (to: string, email: RenderedEmail) => Promise<void>;

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
  const deliver = async (to: string, email: RenderedEmail) => {
    try {
      await transport.sendMail({ from: `Okta <${OKTA_SENDER}>`, to, subject: email.subject, html: email.html, text: email.text });
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
