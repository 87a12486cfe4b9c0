/**
 * Data-driven delivery faults. Twilio can refuse to deliver a message it thinks is an abused OTP
 * (error 30038, "OTP Message Body Filtered"); a suite has to notice that from the message status
 * instead of waiting for an SMS that never comes. A rule says which messages to filter and how
 * the filtered record looks; rules come from `startPhone({ filters })`, `setFilters()` or
 * `PUT /sandbox/filters`.
 */

export interface FilterRule {
  /** Only messages to this number (compared as digits); all numbers when absent. */
  to?: string;
  /** Only bodies matching this regular expression (case-insensitive); all bodies when absent. */
  bodyPattern?: string;
  status?: 'failed' | 'undelivered';
  /** Default 30038 (OTP Message Body Filtered). */
  errorCode?: number;
  errorMessage?: string;
  /** Filter only this many matching messages, then let the rest through; unlimited when absent. */
  times?: number;
}

export interface FilterOutcome {
  status: 'failed' | 'undelivered';
  errorCode: number;
  errorMessage: string;
}

const DEFAULT_CODE = 30038;
const KNOWN_MESSAGES: Record<number, string> = {
  30038: 'OTP Message Body Filtered',
  30007: 'Message filtered',
  30003: 'Unreachable destination handset',
};

const digits = (value: string) => value.replace(/\D/g, '');

/** Problems in user-supplied rules, one line each; empty when all are usable. */
export function validateRules(rules: unknown): string[] {
  if (!Array.isArray(rules)) return ['filters must be an array of rules'];
  return rules.flatMap((rule: FilterRule, i) => {
    const problems: string[] = [];
    if (rule === null || typeof rule !== 'object') return [`filters[${i}] must be an object`];
    if (rule.bodyPattern !== undefined) {
      try {
        new RegExp(rule.bodyPattern, 'i');
      } catch {
        problems.push(`filters[${i}].bodyPattern is not a valid regular expression`);
      }
    }
    if (rule.status !== undefined && rule.status !== 'failed' && rule.status !== 'undelivered') {
      problems.push(`filters[${i}].status must be "failed" or "undelivered"`);
    }
    if (rule.times !== undefined && !(Number.isInteger(rule.times) && rule.times >= 0)) {
      problems.push(`filters[${i}].times must be a non-negative integer`);
    }
    if (rule.errorCode !== undefined && !Number.isInteger(rule.errorCode)) problems.push(`filters[${i}].errorCode must be an integer`);
    return problems;
  });
}

export class DeliveryFilters {
  private rules: FilterRule[] = [];

  constructor(rules: FilterRule[] = []) {
    this.set(rules);
  }

  set(rules: FilterRule[]): void {
    const problems = validateRules(rules);
    if (problems.length) throw new Error(`Invalid phone delivery filters: ${problems.join('; ')}`);
    this.rules = rules.map((rule) => ({ ...rule }));
  }

  list(): FilterRule[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  /** The fault for this message, if a rule applies (consuming one of its `times`). */
  apply(to: string, body: string): FilterOutcome | undefined {
    const rule = this.rules.find(
      (r) =>
        (r.times === undefined || r.times > 0) &&
        (r.to === undefined || digits(r.to) === digits(to)) &&
        (r.bodyPattern === undefined || new RegExp(r.bodyPattern, 'i').test(body)),
    );
    if (!rule) return undefined;
    if (rule.times !== undefined) rule.times -= 1;
    const errorCode = rule.errorCode ?? DEFAULT_CODE;
    return { status: rule.status ?? 'failed', errorCode, errorMessage: rule.errorMessage ?? KNOWN_MESSAGES[errorCode] ?? 'Message not delivered' };
  }
}
