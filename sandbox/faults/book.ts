/**
 * Infrastructure faults as data: late, lost or doubled messages, Management API 429/503,
 * slow IDX answers. Defects of the target are another matter (they break a guide step); faults are
 * the noise a real org and its providers make, which the suite must survive or report INCONCLUSIVE.
 *
 * Every fault is keyed to what one test owns (a recipient address or number, a user id or login),
 * never global, so parallel tests never see each other's faults:
 *  - a rule with `key` applies to that key only (tests add them at run time: routes.ts);
 *  - a rule without `key` but with `probability` applies to a random share of keys, chosen by a
 *    hash of (seed, fault, key): the same key always gets the same answer, and no state is shared.
 * `times` bounds how often a rule fires per key (a one-off 503 is `times: 1`).
 *
 * How to add a fault: add its name to FAULT_KINDS with a one-line description, then honour it where
 * the sandbox does that work (delivery.ts for messages, the Management API's `serve`, the IDX routes),
 * add it to random.json if a careful tester's suite should survive it, and show it in a check.
 *
 * A stale message dated inside the readers' clock-skew allowance (2 s before the action,
 * helpers/messages/timing.ts) is left for the new one dated after the action (correlate.ts); one
 * dated after the action is indistinguishable from the new one, and two codes for one action are
 * rightly a FAIL. Use 30 s, like a previous attempt's code.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';

export const FAULT_KINDS = {
  'email-late': 'the email is delivered `delaySeconds` after the org sent it',
  'email-never': 'the org sends the email (System Log records it) but it is never delivered',
  'email-twice': 'the email is delivered twice (identical copies)',
  'email-stale': 'an older email to the recipient (an earlier code and link) is in the inbox, received `delaySeconds` before the new one',
  'sms-late': 'the SMS is delivered `delaySeconds` after the org sent it',
  'sms-never': 'the org sends the SMS (System Log records it) but it is never delivered',
  'sms-twice': 'the SMS is delivered twice (identical copies)',
  'sms-stale': 'an older SMS to the number (an earlier code) is on the phone, received `delaySeconds` before the new one',
  'mgmt-429': 'a Management API call for the user answers 429 with X-Rate-Limit-Reset `delaySeconds` ahead',
  'mgmt-503': 'a Management API call for the user answers 503 Service Unavailable',
  'idx-slow': 'IDX answers for the user come `delaySeconds` late',
} as const;

export type FaultKind = keyof typeof FAULT_KINDS;

export const FaultRuleSchema = z.object({
  fault: z.enum(Object.keys(FAULT_KINDS) as [FaultKind, ...FaultKind[]]),
  /** Recipient (email address or E.164 number), user id or login. */
  key: z.string().min(1).optional(),
  /** Share of keys a keyless rule applies to (0..1). */
  probability: z.number().min(0).max(1).optional(),
  delaySeconds: z.number().min(0).max(300).default(3),
  /** How often the rule fires per key; unlimited when absent. */
  times: z.number().int().positive().optional(),
});

export type FaultRule = z.infer<typeof FaultRuleSchema>;

/** The org configuration's `faults` table. */
export const FaultsConfigSchema = z.object({
  seed: z.string().default('oie-conformance'),
  rules: z.array(FaultRuleSchema).default([]),
});

export type FaultsConfig = z.infer<typeof FaultsConfigSchema>;

function chance(seed: string, fault: string, key: string): number {
  return createHash('sha256').update(`${seed}\u0000${fault}\u0000${key}`).digest().readUInt32BE(0) / 0x1_0000_0000;
}

export class FaultBook {
  private readonly rules: FaultRule[];
  private readonly seed: string;
  /** Firings per rule and key, for `times`. */
  private readonly fired = new Map<FaultRule, Map<string, number>>();

  constructor(config: unknown = {}) {
    const parsed = FaultsConfigSchema.parse(config ?? {});
    this.rules = [...parsed.rules];
    this.seed = parsed.seed;
  }

  add(rule: FaultRule): void {
    this.rules.push(rule);
  }

  /** Consumes and returns the first rule of one of `kinds` that fires now for any of `keys`. */
  take(kinds: readonly FaultKind[], keys: readonly (string | undefined)[]): FaultRule | undefined {
    const wanted = keys.filter((k): k is string => Boolean(k)).map((k) => k.toLowerCase());
    for (const rule of this.rules) {
      if (!kinds.includes(rule.fault)) continue;
      const key = wanted.find((k) => this.applies(rule, k));
      if (key === undefined) continue;
      const counts = this.fired.get(rule) ?? new Map<string, number>();
      this.fired.set(rule, counts);
      const used = counts.get(key) ?? 0;
      if (rule.times !== undefined && used >= rule.times) continue;
      counts.set(key, used + 1);
      return rule;
    }
    return undefined;
  }

  private applies(rule: FaultRule, key: string): boolean {
    if (rule.key !== undefined) return rule.key.toLowerCase() === key;
    return rule.probability !== undefined && chance(this.seed, rule.fault, key) < rule.probability;
  }
}

/** A faults table from a JSON file (`npm run sandbox -- --faults FILE`); a bad file names its problems. */
export function readFaultsFile(file: string): FaultsConfig {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`--faults ${file} could not be read as JSON (${(error as Error).message})`, { cause: error });
  }
  const parsed = FaultsConfigSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ');
    throw new Error(`--faults ${file} is not a faults table (${problems}); faults are: ${Object.keys(FAULT_KINDS).join(', ')}`);
  }
  return parsed.data;
}
