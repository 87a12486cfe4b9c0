/**
 * What Mailosaur derives from a message body: links, images, verification codes and a summary.
 * Mailosaur's own detection is not documented, so codes here follow a simple, predictable rule:
 * 4–8 character tokens of digits (or digits plus capitals, like `G3H1Y2`) that follow a word such
 * as "code" or "passcode"; without such a word, only standalone 6-digit numbers count.
 */

export interface Link {
  href: string;
  text: string;
}
export interface Image {
  src: string;
  alt: string;
}
export interface Code {
  value: string;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ',
  rsquo: '\u2019', lsquo: '\u2018', rdquo: '\u201d', ldquo: '\u201c', ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', copy: '\u00a9',
};

export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Visible text of an HTML document, whitespace collapsed. */
export function htmlToText(html: string): string {
  const withoutHidden = html.replace(/<(style|script|head)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  const withBreaks = withoutHidden.replace(/<(br|\/p|\/div|\/tr|\/h[1-6]|\/li)\b[^>]*>/gi, '\n');
  return collapse(decodeEntities(withBreaks.replace(/<[^>]*>/g, ' ')));
}

function collapse(text: string): string {
  return text.replace(/[ \t\r\f\v\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  if (!match) return undefined;
  return decodeEntities(match[1] ?? match[2] ?? match[3] ?? '');
}

/** Links from `<a>` and `<area>` tags, the way Mailosaur reports `html.links`. */
export function htmlLinks(html: string): Link[] {
  const links: Link[] = [];
  const pattern = /<a\b([^>]*)>([\s\S]*?)<\/a\s*>|<area\b([^>]*)>/gi;
  for (const match of html.matchAll(pattern)) {
    const attrs = match[1] ?? match[3] ?? '';
    const href = attribute(attrs, 'href');
    if (href === undefined) continue;
    const text = match[2] !== undefined ? htmlToText(match[2]).replace(/\n/g, ' ') : (attribute(attrs, 'alt') ?? '');
    links.push({ href, text });
  }
  return links;
}

export function htmlImages(html: string): Image[] {
  return [...html.matchAll(/<img\b([^>]*)>/gi)].map((match) => ({
    src: attribute(match[1] ?? '', 'src') ?? '',
    alt: attribute(match[1] ?? '', 'alt') ?? '',
  }));
}

const URL_PATTERN = /https?:\/\/[^\s<>"'()[\]]+/gi;

/** URLs written out in plain text (`text.links`); the link text is the URL itself. */
export function textLinks(text: string): Link[] {
  return [...text.matchAll(URL_PATTERN)].map((match) => {
    const href = match[0].replace(/[.,;:!?]+$/, '');
    return { href, text: href };
  });
}

const CODE_TOKEN = /(?<![A-Za-z0-9])(?=[A-Z0-9]*[0-9])[A-Z0-9]{4,8}(?![A-Za-z0-9])/g;
const CODE_WORD = /\b(code|passcode|otp|pin|one-time|verification)\b/i;
const ANCHOR_WINDOW = 80;

/** Verification codes in visible text (run `htmlToText` on HTML first). */
export function extractCodes(text: string): Code[] {
  const clean = text.replace(URL_PATTERN, ' ');
  const tokens = [...clean.matchAll(CODE_TOKEN)];
  const anchored = tokens.filter((match) => {
    const start = match.index ?? 0;
    return CODE_WORD.test(clean.slice(Math.max(0, start - ANCHOR_WINDOW), start));
  });
  const chosen = anchored.length ? anchored : tokens.filter((match) => /^[0-9]{6}$/.test(match[0]));
  return [...new Set(chosen.map((match) => match[0]))].map((value) => ({ value }));
}

const SUMMARY_LENGTH = 140;

export function summarize(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SUMMARY_LENGTH ? `${flat.slice(0, SUMMARY_LENGTH - 1)}\u2026` : flat;
}
