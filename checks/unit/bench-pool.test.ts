import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DeadlineError } from '../../bench/faults.ts';
import type { Laps } from '../../bench/laps.ts';
import { runPool } from '../../bench/pool.ts';
import type { IterationContext, Session } from '../../bench/scenario.ts';
import { TargetError } from '../../helpers/errors.ts';

/** A session whose arrange and act are the test's functions. */
function session(act: (input: IterationContext, laps: Laps) => Promise<void>, arrange?: (c: IterationContext) => Promise<IterationContext>): Session<unknown> {
  return {
    arrange: arrange ?? (async (context) => context),
    act: (input, laps) => act(input as IterationContext, laps),
    close: async () => undefined,
  };
}

describe('runPool', () => {
  it('runs exactly the requested iterations, never more than `concurrency` at once', async () => {
    let inFlight = 0;
    let peak = 0;
    const workers = new Set<number>();
    const result = await runPool(
      session(async ({ worker }) => {
        workers.add(worker);
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await new Promise<void>((resolve) => setImmediate(resolve));
        inFlight -= 1;
      }),
      { iterations: 10, concurrency: 3, deadlineMs: 10_000 },
    );
    assert.equal(result.outcomes.length, 10);
    assert.deepEqual(result.outcomes.map((o) => o.index), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 'outcomes are in index order');
    assert.ok(result.outcomes.every((o) => o.ok), 'all succeeded');
    assert.equal(peak, 3, 'three in flight at the peak, never four');
    assert.deepEqual([...workers].sort(), [0, 1, 2], 'worker numbers are 0..concurrency-1');
    assert.equal(result.notStarted, 0);
    assert.equal(result.deadlineHit, false);
  });

  it('times only act, and records the phases marked on the laps', async () => {
    let clock = 0;
    const result = await runPool(
      session(
        async (_input, laps) => {
          clock += 7;
          laps.mark('first');
          clock += 5;
          laps.mark('second');
        },
        async (context) => {
          clock += 1_000; // untimed set-up
          return context;
        },
      ),
      { iterations: 1, concurrency: 1, deadlineMs: 10_000, now: () => clock },
    );
    const [outcome] = result.outcomes;
    assert.ok(outcome?.ok);
    assert.equal(outcome.durationMs, 12, 'arrange time is not in the latency');
    assert.deepEqual(outcome.phases, { first: 7, second: 5 });
  });

  it('counts failures with the stage they happened in, and carries on', async () => {
    const result = await runPool(
      session(
        async ({ index }) => {
          if (index === 1) throw new TargetError('act failed');
        },
        async (context) => {
          if (context.index === 2) throw new Error('arrange failed');
          return context;
        },
      ),
      { iterations: 4, concurrency: 2, deadlineMs: 10_000 },
    );
    const failed = result.outcomes.filter((o) => !o.ok);
    assert.deepEqual(failed.map((o) => [o.index, !o.ok && o.stage]), [[1, 'act'], [2, 'arrange']]);
    assert.equal(result.outcomes.filter((o) => o.ok).length, 2);
  });

  it('cuts off a hung iteration at the deadline and starts nothing after it', async () => {
    const never = new Promise<void>(() => undefined);
    const result = await runPool(session(() => never), { iterations: 5, concurrency: 2, deadlineMs: 30, deadlineLabel: 'the test deadline' });
    assert.equal(result.deadlineHit, true);
    assert.equal(result.outcomes.length, 2, 'only the two first iterations ever started');
    assert.equal(result.notStarted, 3);
    for (const outcome of result.outcomes) {
      assert.equal(outcome.ok, false);
      assert.ok(!outcome.ok && outcome.error instanceof DeadlineError);
      assert.match(!outcome.ok ? (outcome.error as Error).message : '', /when the test deadline passed/);
    }
  });

  it('starts nothing when the deadline has already passed', async () => {
    let started = 0;
    const result = await runPool(session(async () => void (started += 1)), { iterations: 3, concurrency: 3, deadlineMs: 0 });
    assert.equal(started, 0);
    assert.equal(result.notStarted, 3);
    assert.equal(result.deadlineHit, true);
  });

  it('rejects nonsense sizes before running anything', async () => {
    const s = session(async () => undefined);
    await assert.rejects(runPool(s, { iterations: 1, concurrency: 0, deadlineMs: 1 }), /concurrency must be a whole number >= 1/);
    await assert.rejects(runPool(s, { iterations: 1.5, concurrency: 1, deadlineMs: 1 }), /iterations must be a whole number/);
  });
});
