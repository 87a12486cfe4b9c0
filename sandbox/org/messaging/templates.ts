/**
 * Okta's default wording for the messages the flows depend on (services-api.md §E). Helpers in the
 * suite anchor on these exact phrases, as Okta's own e2e tests do, so keep them verbatim.
 */
import { escapeHtml } from '../../lib/http.ts';

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export interface EmailContext {
  firstName: string;
  appName: string;
  otp: string;
  link: string;
  lifetimeMinutes: number;
}

const CODE_LINE = "Can't use the link? Enter a code instead:";

const minutes = (n: number): string => `${n} minute${n === 1 ? '' : 's'}`;

function page(paragraphs: string[]): string {
  return `<!DOCTYPE html><html lang="en"><body>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
}

export function emailChallenge(c: EmailContext): RenderedEmail {
  const html = page([
    `Hi ${escapeHtml(c.firstName)},`,
    `You have requested an email link to sign in to ${escapeHtml(c.appName)}. ` +
      'To finish signing in, click the button below or enter the provided code.',
    `<a id="email-authentication-button" href="${escapeHtml(c.link)}">Sign In</a>`,
    `This link expires in ${minutes(c.lifetimeMinutes)}.`,
    `${CODE_LINE} <b>${c.otp}</b>`,
  ]);
  const text = [
    `Hi ${c.firstName},`,
    `You have requested an email link to sign in to ${c.appName}.`,
    `Sign In: ${c.link}`,
    `This link expires in ${minutes(c.lifetimeMinutes)}.`,
    `${CODE_LINE} ${c.otp}`,
  ].join('\n\n');
  return { subject: 'One-time Email Authentication Link', html, text };
}

export function forgotPassword(c: EmailContext): RenderedEmail {
  const html = page([
    `Hi ${escapeHtml(c.firstName)},`,
    `A password reset request was made for your ${escapeHtml(c.appName)} account. ` +
      'If you did not make this request, contact your system administrator immediately.',
    `<a id="reset-password-link" href="${escapeHtml(c.link)}">Reset Password</a>`,
    `This link expires in ${minutes(c.lifetimeMinutes)}.`,
    `${CODE_LINE} <b>${c.otp}</b>`,
  ]);
  const text = [
    `Hi ${c.firstName},`,
    `A password reset request was made for your ${c.appName} account.`,
    `Reset Password: ${c.link}`,
    `This link expires in ${minutes(c.lifetimeMinutes)}.`,
    `${CODE_LINE} ${c.otp}`,
  ].join('\n\n');
  return { subject: 'Account password reset', html, text };
}

/** "Confirm your email address" (EmailFactorVerification), sent when an email factor is enrolled. */
export function emailFactorVerification(c: { firstName: string; otp: string }): RenderedEmail {
  const html = page([
    `Hi ${escapeHtml(c.firstName)},`,
    'To finish setting up your email, verify that this address belongs to you.',
    `To verify manually, enter this code: <b>${c.otp}</b>`,
  ]);
  const text = [`Hi ${c.firstName},`, 'To finish setting up your email, verify that this address belongs to you.', `To verify manually, enter this code: ${c.otp}`].join('\n\n');
  return { subject: 'Confirm your email address', html, text };
}

export function smsVerifyCode(otp: string): string {
  return `Your verification code is ${otp}.`;
}
