import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  decodeHtmlEntities,
  extractEmailOtp,
  extractMagicLink,
  extractResetPasswordLink,
  extractSmsOtp,
  magicLinkToken,
} from '../../helpers/messages/extract.ts';

const challengeHtml = (code: string, entity = '&#39;') =>
  `<p>Hi Ana,</p><p>Your code 2024 is below.</p>` +
  `<a id="email-authentication-button" href="https://org.example/email/verify/0oa1?token=abc&amp;x=1">Sign In</a>` +
  `<p>Can${entity}t use the link? Enter a code instead: <b>${code}</b></p>`;

describe('email OTP extraction', () => {
  it("reads Okta's Email Challenge wording, whatever entity encodes the apostrophe", () => {
    for (const entity of ['&#39;', '&rsquo;', '&#x27;', "'"]) {
      assert.equal(extractEmailOtp({ html: { body: challengeHtml('482913', entity) } }), '482913');
    }
  });

  it('reads the enrollment wording and the verification-code element', () => {
    assert.equal(extractEmailOtp({ html: { body: 'To verify manually, enter this code: <b>123456</b>' } }), '123456');
    assert.equal(extractEmailOtp({ html: { body: '<td id="verification-code">654321</td>' } }), '654321');
  });

  it('falls back to the text part and then to a custom wording with "code"', () => {
    assert.equal(extractEmailOtp({ html: { body: '<p>nothing</p>' }, text: { body: 'Enter a code instead: 777111' } }), '777111');
    assert.equal(extractEmailOtp({ html: { body: '<p>Your sign-in code: <strong>246810</strong></p>' } }), '246810');
  });

  it("uses the provider's detected codes only when they are 6 digits", () => {
    assert.equal(extractEmailOtp({ html: { body: 'no code', codes: [{ value: 'G3H1Y2' }, { value: '135790' }] } }), '135790');
    assert.equal(extractEmailOtp({ html: { body: 'no code', codes: [{ value: 'G3H1Y2' }] } }), undefined);
  });

  it('does not take a year or other number that is not presented as the code', () => {
    assert.equal(extractEmailOtp({ html: { body: '<p>Copyright 202410 Example</p>' } }), undefined);
  });
});

describe('link extraction', () => {
  it('finds the Okta-hosted magic link and decodes &amp;', () => {
    const link = extractMagicLink({ html: { body: challengeHtml('111111') } });
    assert.equal(link, 'https://org.example/email/verify/0oa1?token=abc&x=1');
    assert.equal(magicLinkToken(link ?? ''), 'abc');
  });

  it("prefers the provider's extracted links, and accepts an app callback with otp for custom templates", () => {
    const email = { html: { body: '', links: [{ href: 'https://help.example/faq' }, { href: 'https://app.example/login/callback?otp=123456&amp;state=s1' }] } };
    assert.equal(extractMagicLink(email), 'https://app.example/login/callback?otp=123456&state=s1');
  });

  it('finds a Forgot Password link', () => {
    const html = '<a id="reset-password-link" href="https://org.example/signin/reset-password/AbC123xyz">Reset Password</a>';
    assert.equal(extractResetPasswordLink({ html: { body: html } }), 'https://org.example/signin/reset-password/AbC123xyz');
  });

  it('returns undefined when there is no link', () => {
    assert.equal(extractMagicLink({ html: { body: '<p>Enter a code instead: <b>123456</b></p>' } }), undefined);
  });
});

describe('SMS OTP extraction', () => {
  it("reads Okta's default wording", () => {
    assert.equal(extractSmsOtp('Your verification code is 123456.'), '123456');
    assert.equal(extractSmsOtp('Acme 555000: your verification code is: 908172'), '908172');
  });

  it('falls back to the last standalone 6 digits, because the org name may contain digits', () => {
    assert.equal(extractSmsOtp('Org 100200 sign-in: 314159'), '314159');
    assert.equal(extractSmsOtp('no code here'), undefined);
  });
});

describe('HTML entities', () => {
  it('decodes named, decimal and hex entities and leaves unknown ones', () => {
    assert.equal(decodeHtmlEntities('a&amp;b &lt;&#39;&#x27;&rsquo;&bogus;'), "a&b <''\u2019&bogus;");
  });
});
