/** Benchmark users and recipients follow the suite's naming, with their own prefix. */
import { uniqueLogin } from '../../helpers/naming.ts';
import type { BenchTarget } from '../target.ts';

export const BENCH_PREFIX = 'bench';

/** `bench-<runId>-w<worker>-<random>@<inbox domain>`: unique, and delivered to the inbox. */
export function benchLogin(target: BenchTarget, worker: number): string {
  const { runId, mailosaur } = target.config;
  return uniqueLogin({ prefix: BENCH_PREFIX, runId, workerIndex: worker, emailDomain: mailosaur.emailDomain });
}
