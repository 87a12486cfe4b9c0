/**
 * Every failed iteration is counted and classified, never dropped: by the typed `fault` of a
 * ConformanceError, as `deadline` when the benchmark's hard deadline cut it off, or as
 * `unclassified` (a raw library error: worth turning into a typed error where it came from).
 */
import { isConformanceError, type Fault } from '../helpers/errors.ts';

export type FaultClass = Fault | 'deadline' | 'unclassified';

/** Where in an iteration the error happened: the untimed set-up or the timed work. */
export type Stage = 'arrange' | 'act';

export interface ErrorRecord {
  fault: FaultClass;
  stage: Stage;
  name: string;
  /** First line of the message, redacted and shortened. */
  message: string;
}

export interface ErrorTally {
  total: number;
  byFault: Partial<Record<FaultClass, number>>;
  /** One example per distinct (fault, stage, name, message shape), most frequent first. */
  examples: (ErrorRecord & { count: number })[];
}

/** Thrown into an iteration's place when the hard deadline passes while it still runs. */
export class DeadlineError extends Error {
  constructor(deadline: string) {
    super(`The iteration was still running when ${deadline} passed`);
    this.name = 'DeadlineError';
  }
}

const MAX_MESSAGE = 320;
const MAX_EXAMPLES = 5;

export function describeError(error: unknown, stage: Stage, redact: (text: string) => string = (t) => t): ErrorRecord {
  const fault: FaultClass = isConformanceError(error) ? error.fault : error instanceof DeadlineError ? 'deadline' : 'unclassified';
  const name = error instanceof Error ? error.name : typeof error;
  const raw = error instanceof Error ? error.message : String(error);
  // A typed error's first line is its summary; what was seen is what tells one failure from another.
  const seen = isConformanceError(error) && error.seen ? ` (seen: ${error.seen})` : '';
  const firstLine = redact(`${raw.split('\n')[0] ?? ''}${seen}`);
  const message = firstLine.length > MAX_MESSAGE ? `${firstLine.slice(0, MAX_MESSAGE - 3)}...` : firstLine;
  return { fault, stage, name, message };
}

export function tallyErrors(records: readonly ErrorRecord[]): ErrorTally {
  const byFault: Partial<Record<FaultClass, number>> = {};
  const distinct = new Map<string, ErrorRecord & { count: number }>();
  for (const record of records) {
    byFault[record.fault] = (byFault[record.fault] ?? 0) + 1;
    const key = JSON.stringify([record.fault, record.stage, record.name, messageShape(record.message)]);
    const seen = distinct.get(key);
    if (seen) seen.count += 1;
    else distinct.set(key, { ...record, count: 1 });
  }
  const examples = [...distinct.values()].sort((a, b) => b.count - a.count).slice(0, MAX_EXAMPLES);
  return { total: records.length, byFault, examples };
}

/**
 * The message with ids blanked (user ids, message ids, hex), so the same failure on different
 * users counts as one kind of error.
 */
export function messageShape(message: string): string {
  return message.replace(/\b(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{8,}\b/g, '<id>');
}

/** `target 2, deadline 1` (or `0`), for the table's errors column. */
export function formatFaults(tally: ErrorTally): string {
  const parts = Object.entries(tally.byFault).map(([fault, count]) => `${fault} ${count}`);
  return parts.length === 0 ? '0' : parts.join(', ');
}
