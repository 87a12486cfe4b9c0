/**
 * The inbox's message records, in Mailosaur's JSON shape, and how emails (parsed by mailparser)
 * and SMS become one. `summaryOf` and `fullOf` are the two views the API serves.
 */
import type { AddressObject, ParsedMail } from 'mailparser';
import { extractCodes, htmlImages, htmlLinks, htmlToText, summarize, textLinks } from './extract.ts';
import type { Code, Image, Link } from './extract.ts';
import { RECEIVED_AT_HEADER } from '../faults/delivery.ts';

export interface Address {
  name: string;
  email?: string;
  phone?: string;
}

export interface Content {
  body: string;
  links: Link[];
  codes: Code[];
  images?: Image[];
}

export interface Envelope {
  ehlo?: string;
  mailFrom?: string;
  rcptTo: string[];
}

/** A message before the store gives it an id, a server and a receive time. */
export interface MessageDraft {
  type: 'Email' | 'SMS';
  from: Address[];
  to: Address[];
  cc: Address[];
  bcc: Address[];
  subject: string;
  summary: string;
  /** Set only by the sandbox's stale-message fault (RECEIVED_AT_HEADER): an earlier time of receipt. */
  receivedMs?: number;
  html?: Content;
  text?: Content;
  metadata: { headers: { field: string; value: string }[]; ehlo?: string; mailFrom?: string; rcptTo: { email: string }[] };
}

/** What the inbox stores: a draft plus its id and time (`receivedMs`, normally the time it arrived). */
export interface InboxMessage extends MessageDraft {
  id: string;
  server: string;
  /** ISO-8601 with milliseconds, as Mailosaur sends it. */
  received: string;
  receivedMs: number;
}

function addresses(field: AddressObject | AddressObject[] | undefined): Address[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects.flatMap((object) =>
    object.value.flatMap((entry) => (entry.group ?? [entry]).map((a) => ({ name: a.name ?? '', email: a.address ?? '' }))),
  );
}

function headerList(parsed: ParsedMail): { field: string; value: string }[] {
  return parsed.headerLines.filter(({ key }) => key !== RECEIVED_AT_HEADER).map(({ key, line }) => {
    const colon = line.indexOf(':');
    return colon < 0 ? { field: key, value: '' } : { field: line.slice(0, colon), value: line.slice(colon + 1).trim() };
  });
}

export function emailDraft(parsed: ParsedMail, envelope: Envelope): MessageDraft {
  const html = typeof parsed.html === 'string' ? parsed.html : undefined;
  const text = parsed.text ?? (html ? htmlToText(html) : '');
  const to = addresses(parsed.to);
  const visible = html ? htmlToText(html) : text;
  const listed = new Set([...to, ...addresses(parsed.cc)].map((a) => a.email?.toLowerCase()));
  return {
    type: 'Email',
    from: addresses(parsed.from),
    to: to.length ? to : envelope.rcptTo.map((email) => ({ name: '', email })),
    cc: addresses(parsed.cc),
    // Envelope recipients missing from the headers were Bcc'd; Mailosaur shows them as such.
    bcc: envelope.rcptTo.filter((email) => to.length && !listed.has(email.toLowerCase())).map((email) => ({ name: '', email })),
    subject: parsed.subject ?? '',
    summary: summarize(visible),
    html: html === undefined ? undefined : { body: html, links: htmlLinks(html), codes: extractCodes(visible), images: htmlImages(html) },
    text: { body: text, links: textLinks(text), codes: extractCodes(text) },
    receivedMs: backdatedTo(parsed),
    metadata: {
      headers: headerList(parsed),
      ehlo: envelope.ehlo,
      mailFrom: envelope.mailFrom,
      rcptTo: envelope.rcptTo.map((email) => ({ email })),
    },
  };
}

/** The time a stale-message fault dates an email back to (sandbox/faults/delivery.ts), if any. */
function backdatedTo(parsed: ParsedMail): number | undefined {
  const value = parsed.headers.get(RECEIVED_AT_HEADER);
  const ms = typeof value === 'string' ? Date.parse(value) : value instanceof Date ? value.getTime() : NaN;
  return Number.isFinite(ms) ? ms : undefined;
}

export function smsDraft(sms: { from: string; to: string; body: string; receivedMs?: number }): MessageDraft {
  return {
    receivedMs: sms.receivedMs,
    type: 'SMS',
    from: [{ name: '', phone: sms.from }],
    to: [{ name: '', phone: sms.to }],
    cc: [],
    bcc: [],
    subject: '',
    summary: summarize(sms.body),
    text: { body: sms.body, links: textLinks(sms.body), codes: extractCodes(sms.body) },
    metadata: { headers: [], rcptTo: [] },
  };
}

/** The list/search item shape. */
export function summaryOf(message: InboxMessage) {
  const { id, type, server, from, to, cc, bcc, received, subject, summary } = message;
  return { id, type, server, from, to, cc, bcc, received, subject, summary, attachments: 0 };
}

/** The `GET /api/messages/{id}` shape. */
export function fullOf(message: InboxMessage) {
  const { id, type, server, from, to, cc, bcc, received, subject, html, text, metadata } = message;
  return { id, type, server, from, to, cc, bcc, received, subject, html, text, attachments: [], metadata };
}
