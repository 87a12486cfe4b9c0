/**
 * A message that was correlated with its trigger. Extraction happens on demand and registers the
 * extracted secret, so whatever reads a code or link has already made it redactable.
 */
import { TargetError } from '../errors.ts';
import type { SecretRegistry } from '../secrets.ts';
import { extractEmailOtp, extractMagicLink, extractSmsOtp, magicLinkToken, type EmailContent } from './extract.ts';

export class ReceivedEmail {
  constructor(
    readonly recipient: string,
    readonly subject: string,
    readonly receivedAt: Date,
    private readonly content: EmailContent,
    private readonly secrets: SecretRegistry,
  ) {}

  /** The one-time code, Okta's wording first. */
  otp(): string {
    const otp = extractEmailOtp(this.content);
    if (!otp) throw this.missing('a 6-digit one-time code');
    return this.secrets.add('otp', otp);
  }

  /** The magic link (Okta-hosted `/email/verify/...?token=` or an app callback with `otp`). */
  magicLink(): string {
    const link = extractMagicLink(this.content);
    if (!link) throw this.missing('a magic link (/email/verify/...?token=... or a callback with ?otp=)');
    const token = magicLinkToken(link);
    if (token) this.secrets.add('link-token', token);
    return this.secrets.add('link', link);
  }

  private missing(what: string): TargetError {
    return new TargetError(`The email to ${this.recipient} has no recognisable ${what}`, {
      expected: `${what} in the email body (Okta's default wording or the documented fallbacks)`,
      seen: `an email with subject "${this.subject}" received ${this.receivedAt.toISOString()}`,
      hint: 'If the org uses a custom email template, keep the code/link variables in it (see helpers/messages/extract.ts for the accepted patterns).',
    });
  }
}

export class ReceivedSms {
  constructor(
    readonly recipient: string,
    readonly receivedAt: Date,
    private readonly body: string,
    private readonly secrets: SecretRegistry,
  ) {}

  otp(): string {
    const otp = extractSmsOtp(this.body);
    if (!otp) {
      throw new TargetError(`The SMS to ${this.recipient} has no 6-digit code`, {
        expected: 'a body like "Your verification code is 123456."',
        seen: `an SMS of ${this.body.length} characters received ${this.receivedAt.toISOString()}`,
        hint: "Check the org's SMS template: it must contain ${code}.",
      });
    }
    return this.secrets.add('otp', otp);
  }
}
