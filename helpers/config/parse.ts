/**
 * Turns raw settings (from `.env` and the environment) into a typed SuiteConfig, or throws one
 * ConfigError that lists every problem with its fix. Pure: no file or environment access here,
 * so it is unit-testable with plain records.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../errors.ts';
import { settingDoc } from './settings.ts';
import type { SmsProvider, SuiteConfig, TargetKind, TwilioCredentials } from './types.ts';

export type RawSettings = Record<string, string | undefined>;

export interface ParseContext {
  target: TargetKind;
  runId: string;
  stateDir: string;
}

const e164 = z.string().regex(/^\+[1-9]\d{6,14}$/);
const httpUrl = z.url({ protocol: /^https?$/ });
const secureUrl = z.url({ protocol: /^https$/ });

/** Collects problems while reading settings, so the user sees all of them at once. */
class Reader {
  readonly problems: string[] = [];
  constructor(private readonly raw: RawSettings) {}

  value(name: string): string | undefined {
    const v = this.raw[name]?.trim();
    return v ? v : undefined;
  }

  required(name: string): string {
    const v = this.value(name);
    if (v === undefined) this.problems.push(`${name} is missing: ${settingDoc(name).fix}.`);
    return v ?? '';
  }

  check<T>(name: string, value: string | undefined, schema: z.ZodType<T>, what: string): T | undefined {
    if (value === undefined || value === '') return undefined;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    this.problems.push(`${name} is not ${what} (seen "${shorten(value)}"): ${settingDoc(name).fix}.`);
    return undefined;
  }

  url(name: string, required: boolean, schema: z.ZodType<string> = httpUrl): string {
    const v = required ? this.required(name) : this.value(name);
    return trimSlash(this.check(name, v, schema, 'a valid URL') ?? v ?? '');
  }

  phoneList(name: string, required: boolean): string[] {
    const v = required ? this.required(name) : this.value(name);
    if (!v) return [];
    const numbers = v.split(',').map((n) => n.trim()).filter(Boolean);
    const bad = numbers.filter((n) => !e164.safeParse(n).success);
    if (bad.length > 0) {
      this.problems.push(
        `${name} has ${bad.length === 1 ? 'a phone number' : 'phone numbers'} not in E.164 "+" format ` +
          `(seen ${bad.map((b) => `"${shorten(b)}"`).join(', ')}): ${settingDoc(name).fix}.`,
      );
    }
    if (new Set(numbers).size !== numbers.length) this.problems.push(`${name} lists a number twice: each number can be leased by one test at a time, list it once.`);
    return numbers;
  }

  /** An optional path that must name an existing file when set. */
  existingFile(name: string): string | undefined {
    const v = this.value(name);
    if (v !== undefined && !fs.existsSync(v)) this.problems.push(`${name} names ${v}, which does not exist: ${settingDoc(name).fix}.`);
    return v;
  }

  /** A comma-separated list of names (quotes around a name are dropped), or `fallback` when unset. */
  nameList(name: string, fallback: string[]): string[] {
    const v = this.value(name);
    if (v === undefined) return fallback;
    const names = v.split(',').map((n) => n.trim().replace(/^"(.*)"$/, '$1').trim()).filter(Boolean);
    if (names.length === 0) this.problems.push(`${name} names no group: ${settingDoc(name).fix}.`);
    return names.length > 0 ? names : fallback;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const v = this.value(name);
    if (v === undefined) return fallback;
    return this.check(name, v, z.coerce.number().int().min(min).max(max), `a whole number from ${min} to ${max}`) ?? fallback;
  }
}

/** Secrets must not be echoed back; other values are cut so a message stays one line. */
function shorten(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}

/** The sandbox is started from the project root, which may not be where the path was written. */
function absolute(file: string | undefined): string | undefined {
  return file === undefined ? undefined : path.resolve(file);
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

export function parseSettings(raw: RawSettings, context: ParseContext): SuiteConfig {
  const r = new Reader(raw);
  const live = context.target === 'live';
  const orgUrl = r.url('OKTA_ORG_URL', live);
  const apiToken = r.required('OKTA_API_TOKEN');
  const issuer = r.url('OKTA_ISSUER', false) || (orgUrl ? `${orgUrl}/oauth2/default` : '');
  const sdkApp = { url: r.url('SIGNIN_APP_URL', true), clientId: r.required('OKTA_SDK_CLIENT_ID') };
  const widgetApp = { url: r.url('WIDGET_APP_URL', true), clientId: r.required('OKTA_WIDGET_CLIENT_ID') };
  const mailosaur = readMailosaur(r);
  const sms = readSms(r);
  const testUserPrefix = r.check('TEST_USER_PREFIX', r.value('TEST_USER_PREFIX'), z.string().regex(/^[a-z][a-z0-9-]{1,19}$/), 'a valid prefix') ?? 'oiec';
  const config: SuiteConfig = {
    target: context.target,
    okta: { orgUrl, apiToken, issuer },
    sdkApp,
    widgetApp,
    mailosaur,
    sms,
    passwordOptionalGroup: r.value('PASSWORD_OPTIONAL_GROUP') ?? 'Password-optional users',
    testUserGroups: r.nameList('TEST_USER_GROUPS', ['Everyone']),
    sandboxOrgConfig: absolute(r.existingFile('SANDBOX_ORG_CONFIG')),
    locatorOverridesFile: r.existingFile('LOCATOR_OVERRIDES'),
    appDriverFile: r.existingFile('APP_DRIVER'),
    testUserPrefix,
    runId: context.runId,
    sweepAfterMinutes: r.integer('SWEEP_AFTER_MINUTES', 60, 10, 10080),
    sandboxPort: r.integer('SANDBOX_PORT', 24100, 1024, 65000),
    stateDir: context.stateDir,
  };
  if (r.problems.length > 0) {
    throw new ConfigError(r.problems, `The ${context.target} target's settings have ${r.problems.length} problem${r.problems.length === 1 ? '' : 's'} (fix them in .env)`);
  }
  return config;
}

function readMailosaur(r: Reader): SuiteConfig['mailosaur'] {
  const apiKey = r.required('MAILOSAUR_API_KEY');
  const serverIdRaw = r.required('MAILOSAUR_SERVER_ID');
  const serverId = r.check('MAILOSAUR_SERVER_ID', serverIdRaw, z.string().regex(/^[a-z0-9]{8}$/), 'an 8-character server id') ?? serverIdRaw;
  const baseUrlRaw = r.value('MAILOSAUR_BASE_URL');
  const baseUrl = r.check('MAILOSAUR_BASE_URL', baseUrlRaw, secureUrl.refine((u) => u.endsWith('/')), 'an https URL ending in "/"');
  const emailDomain = r.check('MAILOSAUR_EMAIL_DOMAIN', r.value('MAILOSAUR_EMAIL_DOMAIN'), z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i), 'a domain name');
  return {
    apiKey,
    serverId,
    baseUrl,
    // Not checked for existence: the sandbox writes its CA file only when it starts.
    caFile: r.value('MAILOSAUR_CA_FILE'),
    emailDomain: emailDomain ?? `${serverId}.mailosaur.net`,
  };
}

function readSms(r: Reader): SuiteConfig['sms'] {
  const provider = (r.check('SMS_PROVIDER', r.value('SMS_PROVIDER'), z.enum(['twilio', 'mailosaur']), '"twilio" or "mailosaur"') ?? 'twilio') as SmsProvider;
  // Okta's SMS throttle is 30 s per number; an org (the sandbox's among them) may say otherwise.
  const throttleSeconds = r.integer('SMS_THROTTLE_SECONDS', 30, 0, 600);
  if (provider === 'mailosaur') {
    return { provider, numbers: r.phoneList('MAILOSAUR_SMS_NUMBERS', true), throttleSeconds };
  }
  const accountSidRaw = r.required('TWILIO_ACCOUNT_SID');
  const accountSid = r.check('TWILIO_ACCOUNT_SID', accountSidRaw, z.string().regex(/^AC[0-9a-fA-F]{32}$/), 'a Twilio Account SID') ?? accountSidRaw;
  const credentials = readTwilioCredentials(r);
  const numbers = r.phoneList('TWILIO_PHONE_NUMBERS', true);
  const apiBaseUrl = r.url('TWILIO_API_BASE_URL', false) || undefined;
  return { provider, numbers, throttleSeconds, twilio: { accountSid, credentials, apiBaseUrl } };
}

/** The account's auth token, or an API key and its secret (which then replace the token). */
function readTwilioCredentials(r: Reader): TwilioCredentials {
  const keySid = r.value('TWILIO_API_KEY_SID');
  if (keySid === undefined) return { kind: 'auth-token', authToken: r.required('TWILIO_AUTH_TOKEN') };
  r.check('TWILIO_API_KEY_SID', keySid, z.string().regex(/^SK[0-9a-fA-F]{32}$/), 'a Twilio API key SID');
  return { kind: 'api-key', keySid, keySecret: r.required('TWILIO_API_KEY_SECRET') };
}
