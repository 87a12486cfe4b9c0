/**
 * Command-line options of `npm run bench`. Every value is bounded: a benchmark that can be asked
 * for a million iterations or no deadline is one that someday hangs a CI machine.
 */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  iterations: number;
  concurrency: number;
  warmup: number;
  /** Hard deadline per scenario, in seconds (warm-up included). */
  deadlineSeconds: number;
  /** Scenario names to run; empty means all. */
  only: string[];
  out: string;
  /** Runs per configuration of the suite-level benchmarks (0 skips them). */
  suiteRuns: number;
  /** Iterations of each flow in the overhead benchmark. */
  flowIterations: number;
  help: boolean;
}

export const DEFAULTS = { iterations: 20, concurrency: 4, warmup: 2, deadlineSeconds: 120, out: 'reports/bench.json', suiteRuns: 1, flowIterations: 16 } as const;

const LIMITS = {
  iterations: [1, 10_000],
  concurrency: [1, 64],
  warmup: [0, 100],
  deadline: [1, 3_600],
  'suite-runs': [0, 10],
  'flow-iterations': [1, 100],
} as const;

export const USAGE = `Usage: npm run bench -- [options]

  --iterations N    measured iterations per scenario (default ${DEFAULTS.iterations}, 1..${LIMITS.iterations[1]})
  --concurrency C   iterations in flight at once (default ${DEFAULTS.concurrency}, 1..${LIMITS.concurrency[1]})
  --warmup W        unmeasured iterations first, one at a time (default ${DEFAULTS.warmup})
  --deadline S      hard deadline per scenario in seconds (default ${DEFAULTS.deadlineSeconds})
  --only NAME       run only this scenario (repeat, or comma-separate, for several)
  --suite-runs R    runs per configuration of the suite-level benchmarks (default ${DEFAULTS.suiteRuns}; 0 skips them)
  --flow-iterations F  iterations per flow in flow-overhead (default ${DEFAULTS.flowIterations})
  --out FILE        JSON report (default ${DEFAULTS.out})
  --help            this text`;

/** Parses argv (without node and script); throws an Error listing every problem and the usage. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        iterations: { type: 'string' },
        concurrency: { type: 'string' },
        warmup: { type: 'string' },
        deadline: { type: 'string' },
        only: { type: 'string', multiple: true },
        out: { type: 'string' },
        'suite-runs': { type: 'string' },
        'flow-iterations': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new Error(`${(error as Error).message}\n\n${USAGE}`, { cause: error });
  }
  const { values } = parsed;
  const problems: string[] = [];
  const int = (name: keyof typeof LIMITS, raw: string | undefined, fallback: number) => {
    if (raw === undefined) return fallback;
    const [min, max] = LIMITS[name];
    const value = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
      problems.push(`--${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  };
  const options: BenchOptions = {
    iterations: int('iterations', values.iterations, DEFAULTS.iterations),
    concurrency: int('concurrency', values.concurrency, DEFAULTS.concurrency),
    warmup: int('warmup', values.warmup, DEFAULTS.warmup),
    deadlineSeconds: int('deadline', values.deadline, DEFAULTS.deadlineSeconds),
    only: (values.only ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean),
    out: values.out?.trim() || DEFAULTS.out,
    suiteRuns: int('suite-runs', values['suite-runs'], DEFAULTS.suiteRuns),
    flowIterations: int('flow-iterations', values['flow-iterations'], DEFAULTS.flowIterations),
    help: values.help ?? false,
  };
  if (problems.length > 0) throw new Error(`${problems.join('\n')}\n\n${USAGE}`);
  return options;
}

/** The scenarios `only` names, in registry order; an unknown name is an error that lists the known ones. */
export function selectByName<T extends { name: string }>(all: readonly T[], only: readonly string[]): T[] {
  if (only.length === 0) return [...all];
  const known = new Set(all.map((s) => s.name));
  const unknown = only.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new Error(`Unknown benchmark ${unknown.map((n) => `"${n}"`).join(', ')}; choose from: ${[...known].join(', ')}`);
  }
  return all.filter((s) => only.includes(s.name));
}
