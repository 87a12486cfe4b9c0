import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PoolResult } from '../../bench/pool.ts';
import { busyWarning } from '../../bench/report.ts';
import { buildResult, isClean, type ResultContext } from '../../bench/result.ts';
import { formatDetails, formatTable } from '../../bench/table.ts';
import { TargetError } from '../../helpers/errors.ts';

const noWarmup: PoolResult = { outcomes: [], wallMs: 0, notStarted: 0, deadlineHit: false };

function context(overrides: Partial<ResultContext> = {}): ResultContext {
  return { name: 'demo', summary: 'a demo', requested: 4, concurrency: 2, warmup: noWarmup, sandboxStartMs: 50, notes: [], redact: (t) => t, ...overrides };
}

const measured: PoolResult = {
  outcomes: [
    { index: 0, ok: true, durationMs: 10, phases: { a: 4, b: 6 } },
    { index: 1, ok: true, durationMs: 30, phases: { a: 20, b: 10 } },
    { index: 2, ok: false, stage: 'act', error: new TargetError('wrong page', { seen: 'the error page' }) },
    { index: 3, ok: true, durationMs: 20, phases: { a: 5, b: 15 } },
  ],
  wallMs: 1_500,
  notStarted: 0,
  deadlineHit: false,
};

describe('scenario results', () => {
  it('takes latency from successes only and counts the failure next to it', () => {
    const result = buildResult(measured, context());
    assert.equal(result.succeeded, 3);
    assert.equal(result.failed, 1);
    assert.deepEqual(result.latencyMs, { count: 3, min: 10, p50: 20, p95: 30, max: 30, mean: 20 });
    assert.equal(result.throughputPerSec, 2, '3 successes in 1.5 s');
    assert.deepEqual(Object.keys(result.phasesMs), ['a', 'b']);
    assert.deepEqual(result.errors.byFault, { target: 1 });
    assert.equal(isClean(result), false, 'a failure makes the run unclean');
  });

  it('notes warm-up failures and iterations the deadline never started', () => {
    const warmup: PoolResult = { outcomes: [{ index: 0, ok: false, stage: 'arrange', error: new Error('no user') }], wallMs: 5, notStarted: 0, deadlineHit: false };
    const result = buildResult({ ...measured, notStarted: 2, deadlineHit: true }, context({ warmup }));
    assert.match(result.notes.join('\n'), /1 warm-up iteration\(s\) failed; first: \[unclassified\] Error: no user/);
    assert.match(result.notes.join('\n'), /2 iteration\(s\) never started/);
    assert.equal(result.deadlineHit, true);
  });
});

describe('the stdout table', () => {
  it('shows one row per scenario and one per phase, with the error classes', () => {
    const table = formatTable([buildResult(measured, context())]).split('\n');
    assert.match(table[0]!, /^benchmark\s+ok\/req\s+p50 ms\s+p95 ms\s+max ms\s+mean ms\s+ops\/s\s+errors$/);
    assert.match(table[1]!, /^-+( +-+)+$/);
    assert.match(table[2]!, /^demo\s+3\/4\s+20\.0\s+30\.0\s+30\.0\s+20\.0\s+2\.0\s+target 1$/);
    assert.match(table[3]!, /^ {2}a\s+5\.0\s+20\.0\s+20\.0\s+9\.7$/);
    assert.equal(table.length, 5);
  });

  it('prints dashes, not zeros, when nothing succeeded', () => {
    const allFailed: PoolResult = { ...measured, outcomes: [measured.outcomes[2]!] };
    const row = formatTable([buildResult(allFailed, context())]).split('\n')[2]!;
    assert.match(row, /^demo\s+0\/4\s+-\s+-\s+-\s+-\s+0\.0\s+target 1$/);
  });

  it('says how many iterations the deadline kept from starting', () => {
    const row = formatTable([buildResult({ ...measured, notStarted: 2, deadlineHit: true }, context())]).split('\n')[2]!;
    assert.match(row, /target 1; 2 not started$/);
  });

  it('lists error examples and notes under the table', () => {
    const details = formatDetails([buildResult(measured, context({ notes: ['limits apply'] }))]);
    assert.equal(details, 'demo: 1x [target] TargetError during act: wrong page (seen: the error page)\ndemo: note: limits apply');
  });
});

describe('busy machine warning', () => {
  it('warns when the load average exceeds the CPU count, and only then', () => {
    assert.match(busyWarning({ cpus: { count: 2, model: 'x' }, loadAverage: [5.5, 3, 1] }) ?? '', /load average 5\.5 on 2 CPU\(s\)/);
    assert.equal(busyWarning({ cpus: { count: 4, model: 'x' }, loadAverage: [1.2, 3, 1] }), undefined);
  });
});
