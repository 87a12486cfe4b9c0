/**
 * What the org uses to send a code: renders Okta's wording, records the message in the outbox
 * first (so a test that reads it right after the IDX response sees it), then delivers it in the
 * background, as Okta does: the IDX response never waits for the mail relay or the SMS provider.
 */
import { randomBytes } from 'node:crypto';
import type { FaultBook } from '../../faults/book.ts';
import { deliverWithFaults, earlierCode } from '../../faults/delivery.ts';
import type { Clock } from '../../lib/service.ts';
import { Outbox, type MessagePurpose, type OutboxEntry } from './outbox.ts';
import { emailChallenge, emailFactorVerification, forgotPassword, smsVerifyCode, type EmailContext, type RenderedEmail } from './templates.ts';
import type { EmailDelivery } from './smtp.ts';
import type { SmsDelivery } from './sms.ts';

export interface EmailRequest extends EmailContext {
  to: string;
  userId?: string;
  purpose: Exclude<MessagePurpose, 'enrollment'>;
}

export interface SmsRequest {
  to: string;
  otp: string;
  userId?: string;
  purpose: MessagePurpose;
}

export interface VerificationEmailRequest {
  to: string;
  otp: string;
  firstName: string;
  userId?: string;
}

export interface MessengerOptions {
  outbox: Outbox;
  clock: Clock;
  email?: EmailDelivery;
  sms?: SmsDelivery;
  /** Called once per message, e.g. to write the System Log event Okta records for it. */
  onSent?: (entry: OutboxEntry) => void;
  /** Infrastructure faults keyed to the recipient (late or lost delivery). */
  faults?: FaultBook;
}

export interface Messenger {
  sendEmail(request: EmailRequest): OutboxEntry;
  sendVerificationEmail(request: VerificationEmailRequest): OutboxEntry;
  sendSms(request: SmsRequest): OutboxEntry;
  /** Waits for deliveries still in flight (used when the org shuts down). */
  settle(): Promise<void>;
}

export function createMessenger(options: MessengerOptions): Messenger {
  const inFlight = new Set<Promise<void>>();

  const deliverInBackground = (what: string, delivery: Promise<void>) => {
    const tracked: Promise<void> = delivery
      .catch((error: Error) => {
        process.stderr.write(`[org] could not deliver ${what}: ${error.message}\n`);
      })
      .finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  };

  const record = (entry: OutboxEntry) => {
    options.outbox.record(entry);
    options.onSent?.(entry);
    return entry;
  };

  /** Received `ageMs` before now, for a stale-message fault. */
  const receivedAgo = (ageMs: number) => ({ receivedAt: new Date(options.clock.now() - ageMs) });

  /** `earlier`: the same email as an earlier send would have rendered it (for a stale-message fault). */
  const email = (entry: Omit<OutboxEntry, 'kind' | 'subject' | 'text' | 'html' | 'at'>, rendered: RenderedEmail, earlier: () => RenderedEmail) => {
    const recorded = record({ ...entry, kind: 'email', subject: rendered.subject, text: rendered.text, html: rendered.html, at: options.clock.now() });
    const send = options.email;
    if (send) {
      const stale = (ageMs: number) => send(entry.to, earlier(), receivedAgo(ageMs));
      deliverInBackground('an email', deliverWithFaults(options.faults, 'email', entry.to, () => send(entry.to, rendered), stale));
    }
    return recorded;
  };

  return {
    sendEmail(request) {
      const recovery = request.purpose === 'recovery';
      const render = recovery ? forgotPassword : emailChallenge;
      const template = recovery ? 'ForgotPassword' : 'EmailChallenge';
      const earlier = () => render({ ...request, otp: earlierCode(request.otp), link: earlierLink(request.link) });
      return email({ template, purpose: request.purpose, to: request.to, otp: request.otp, link: request.link, userId: request.userId }, render(request), earlier);
    },
    sendVerificationEmail(request) {
      const rendered = emailFactorVerification(request);
      const earlier = () => emailFactorVerification({ ...request, otp: earlierCode(request.otp) });
      return email({ template: 'EmailFactorVerification', purpose: 'enrollment', to: request.to, otp: request.otp, userId: request.userId }, rendered, earlier);
    },
    sendSms(request) {
      const body = smsVerifyCode(request.otp);
      const entry = record({
        kind: 'sms',
        template: 'SmsVerifyCode',
        purpose: request.purpose,
        to: request.to,
        otp: request.otp,
        text: body,
        userId: request.userId,
        at: options.clock.now(),
      });
      const send = options.sms;
      if (send) {
        const stale = (ageMs: number) => send(request.to, smsVerifyCode(earlierCode(request.otp)), receivedAgo(ageMs));
        deliverInBackground('an SMS', deliverWithFaults(options.faults, 'sms', request.to, () => send(request.to, body), stale));
      }
      return entry;
    },
    async settle() {
      await Promise.all([...inFlight]);
    },
  };
}

/** An earlier email's link: the same route with a token the org no longer (or never) knew. */
function earlierLink(link: string): string {
  const url = new URL(link);
  if (url.searchParams.has('token')) url.searchParams.set('token', randomBytes(16).toString('hex'));
  return url.toString();
}
