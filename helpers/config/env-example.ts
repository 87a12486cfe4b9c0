/** Renders `.env.example` from the documented settings, so the file and the validator agree. */
import { SETTINGS } from './settings.ts';

const REQUIRED_NOTE: Record<string, string> = {
  live: 'required for a real org',
  optional: 'optional',
  twilio: 'required when SMS_PROVIDER=twilio',
  'mailosaur-sms': 'required when SMS_PROVIDER=mailosaur',
};

export function renderEnvExample(): string {
  const header = [
    '# oie-conformance settings. Copy to .env and fill in to run against a real org.',
    '# Leave OKTA_ORG_URL unset (or delete this file) to run against the built-in offline sandbox.',
    '# `npm run check-config` validates the file and lists every problem with its fix.',
    '',
  ];
  const body = SETTINGS.flatMap((s) => [`# ${s.why} (${REQUIRED_NOTE[s.required]})`, `${s.example ? '' : '# '}${s.name}=${s.example}`, '']);
  return [...header, ...body].join('\n');
}
