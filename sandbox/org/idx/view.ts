/** What every step's view module produces, and the context it is rendered in. */
import type { Directory } from './directory.ts';
import type { Remediation } from './form.ts';
import type { Transaction } from './transaction.ts';

export interface RenderContext {
  origin: string;
  dir: Directory;
  tx: Transaction;
}

export interface View {
  remediations: Remediation[];
  /** Extra top-level members, e.g. `currentAuthenticator` (already in `{type, value}` form). */
  context?: Record<string, unknown>;
  /** Success bodies carry no remediation but this member. */
  success?: Remediation;
}

export function asObject(value: unknown): { type: 'object'; value: unknown } {
  return { type: 'object', value };
}

export function asArray(value: unknown[]): { type: 'array'; value: unknown[] } {
  return { type: 'array', value };
}
