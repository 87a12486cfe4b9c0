/**
 * Reading codes and links out of the messages Okta sends. Okta's default wording is tried first;
 * the documented fallbacks cover custom templates (see `docs/ARCHITECTURE.md` and
 * services-api §E.5). Every extractor returns undefined when nothing matches, so the caller can
 * raise an error that names the message, not a guess.
 */

/** The parts of a received email the extractors read (a subset of Mailosaur's message JSON). */
export interface EmailContent {
  html?: { body?: string; links?: { href?: string }[]; codes?: { value?: string }[] };
  text?: { body?: string; links?: { href?: string }[]; codes?: { value?: string }[] };
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '\u2019', lsquo: '\u2018',
};

/** Decodes the HTML entities templates use (`&#39;`, `&#x27;`, `&rsquo;`, `&amp;`, ...). */
export function decodeHtmlEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** Okta's default wording first: Email Challenge, then email verification / enrollment. */
const EMAIL_OTP_PATTERNS = [
  /Enter a code instead:\s*(?:<[^>]+>\s*)*([0-9]{6})\b/i,
  /enter this code:\s*(?:<[^>]+>\s*)*([0-9]{6})\b/i,
  /id=["']verification-code["'][^>]*>\s*(?:<[^>]+>\s*)*([0-9]{6})\b/i,
];

/** Fallback for custom templates: a 6-digit code right after the word "code". */
const EMAIL_OTP_FALLBACK = /\bcode\b[^0-9<]{0,40}(?:<[^>]+>\s*)*([0-9]{6})\b/i;

export function extractEmailOtp(email: EmailContent): string | undefined {
  const bodies = [email.html?.body, email.text?.body].filter((b): b is string => Boolean(b)).map(decodeHtmlEntities);
  for (const pattern of [...EMAIL_OTP_PATTERNS, EMAIL_OTP_FALLBACK]) {
    for (const body of bodies) {
      const match = pattern.exec(body);
      if (match) return match[1];
    }
  }
  const detected = [...(email.html?.codes ?? []), ...(email.text?.codes ?? [])].map((c) => c.value ?? '');
  return detected.find((value) => /^[0-9]{6}$/.test(value));
}

/** Okta-hosted magic link (Email Challenge) and the app-callback form custom templates use. */
const MAGIC_LINK_PATTERNS = [/\/email\/verify\/[^?\s"'<>]+\?token=[^\s"'<>]+/, /[?&]otp=[0-9]{6}[^\s"'<>]*/];

/** The password-reset link of a Forgot Password email, as Okta's default template builds it. */
const RESET_LINK_PATTERN = /\/signin\/reset-password\/[A-Za-z0-9_-]+/;

export function extractMagicLink(email: EmailContent): string | undefined {
  return findLink(email, MAGIC_LINK_PATTERNS, ['email-authentication-button', 'reset-password-link']);
}

export function extractResetPasswordLink(email: EmailContent): string | undefined {
  return findLink(email, [RESET_LINK_PATTERN], ['reset-password-link']);
}

function findLink(email: EmailContent, patterns: RegExp[], anchorIds: string[]): string | undefined {
  const hrefs = [...(email.html?.links ?? []), ...(email.text?.links ?? [])]
    .map((link) => decodeHtmlEntities(link.href ?? ''))
    .filter(Boolean);
  hrefs.push(...anchorHrefs(email.html?.body ?? '', anchorIds));
  for (const pattern of patterns) {
    const href = hrefs.find((candidate) => pattern.test(candidate));
    if (href) return href;
  }
  return undefined;
}

/** `href`s of the anchors with the given ids, for clients that do not extract links themselves. */
function anchorHrefs(html: string, ids: string[]): string[] {
  const anchors = html.match(/<a\b[^>]*>/gi) ?? [];
  return anchors
    .filter((tag) => ids.some((id) => new RegExp(`\\bid=["']${id}["']`, 'i').test(tag)))
    .map((tag) => /\bhref=["']([^"']+)["']/i.exec(tag)?.[1])
    .filter((href): href is string => Boolean(href))
    .map(decodeHtmlEntities);
}

/** Okta's SMS wording ("Your verification code is 123456."), then the last standalone 6 digits. */
export function extractSmsOtp(body: string): string | undefined {
  const worded = /verification code is:?\s*([0-9]{6})\b/i.exec(body);
  if (worded) return worded[1];
  // The org name in a custom template may contain digits, so the last match is the safer guess.
  const standalone = body.match(/\b[0-9]{6}\b/g);
  return standalone?.at(-1);
}

/** The token of an Okta-hosted magic link, for the secret registry. */
export function magicLinkToken(link: string): string | undefined {
  try {
    const url = new URL(link);
    return url.searchParams.get('token') ?? url.searchParams.get('otp') ?? undefined;
  } catch {
    return undefined;
  }
}
