/**
 * Mailosaur search criteria: validation (400s in Mailosaur's `errors[]` shape) and matching.
 * All matching is case-insensitive; phone numbers are compared as digits only, so `+15550100201`,
 * `15550100201` and `+1 555 010 0201` all find the same SMS.
 */
import type { Address, InboxMessage } from './message.ts';

export interface Criteria {
  sentTo?: string;
  sentFrom?: string;
  subject?: string;
  body?: string;
  match: 'ALL' | 'ANY';
}

export interface FieldError {
  field: string;
  detail: { code: string; description: string }[];
}

const TEXT_FIELDS = ['sentTo', 'sentFrom', 'subject', 'body'] as const;

export function fieldError(field: string, description: string, code = 'invalid'): FieldError {
  return { field, detail: [{ code, description }] };
}

export function parseCriteria(body: unknown): Criteria | FieldError[] {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return [fieldError('criteria', 'The request body must be a JSON object of search criteria')];
  }
  const input = body as Record<string, unknown>;
  const errors: FieldError[] = [];
  const criteria: Criteria = { match: 'ALL' };
  for (const field of TEXT_FIELDS) {
    const value = input[field];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string') errors.push(fieldError(field, `${field} must be a string`));
    else criteria[field] = value;
  }
  if (input.match !== undefined && input.match !== null) {
    const match = String(input.match).toUpperCase();
    if (match === 'ALL' || match === 'ANY') criteria.match = match;
    else errors.push(fieldError('match', 'match must be ALL or ANY'));
  }
  if (!errors.length && TEXT_FIELDS.every((field) => criteria[field] === undefined)) {
    errors.push(fieldError('criteria', 'Provide at least one of sentTo, sentFrom, subject or body', 'required'));
  }
  return errors.length ? errors : criteria;
}

export function digitsOf(phone: string): string {
  return phone.replace(/\D/g, '');
}

function addressMatches(addresses: Address[], wanted: string): boolean {
  const lower = wanted.trim().toLowerCase();
  // An email address never matches a phone, even if its digits happen to equal a number.
  const digits = wanted.includes('@') ? '' : digitsOf(wanted);
  return addresses.some(
    (a) => (a.email !== undefined && a.email.toLowerCase() === lower) || (a.phone !== undefined && digits !== '' && digitsOf(a.phone) === digits),
  );
}

function contains(haystack: string | undefined, needle: string): boolean {
  return (haystack ?? '').toLowerCase().includes(needle.toLowerCase());
}

export function matches(message: InboxMessage, criteria: Criteria): boolean {
  const recipients = [...message.to, ...message.cc, ...message.bcc, ...message.metadata.rcptTo.map((r) => ({ name: '', email: r.email }))];
  const checks: boolean[] = [];
  if (criteria.sentTo !== undefined) checks.push(addressMatches(recipients, criteria.sentTo));
  if (criteria.sentFrom !== undefined) checks.push(addressMatches(message.from, criteria.sentFrom));
  if (criteria.subject !== undefined) checks.push(contains(message.subject, criteria.subject));
  if (criteria.body !== undefined) checks.push(contains(message.html?.body, criteria.body) || contains(message.text?.body, criteria.body));
  return criteria.match === 'ANY' ? checks.some(Boolean) : checks.every(Boolean);
}
