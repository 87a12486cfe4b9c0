import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { measureScenario } from '../../bench/measure.ts';
import type { Scenario, Session } from '../../bench/scenario.ts';

interface FakeTarget {
  closed: boolean;
  acts: number[];
}

function deps(target: FakeTarget) {
  return {
    startTarget: async () => target,
    closeTarget: async (t: FakeTarget) => void (t.closed = true),
    redact: (_t: FakeTarget, text: string) => text.replaceAll('s3cret', '[redacted]'),
  };
}

function scenario(start: (t: FakeTarget) => Promise<Session<unknown>>): Scenario<FakeTarget> {
  return { name: 'fake', summary: 'a fake', start };
}

const options = { iterations: 3, concurrency: 2, warmup: 2, deadlineSeconds: 30 };

describe('measureScenario', () => {
  it('runs warm-up unrecorded, then the measured batch, and closes session and target', async () => {
    const target: FakeTarget = { closed: false, acts: [] };
    let sessionClosed = false;
    const result = await measureScenario(
      scenario(async (t) => ({
        notes: ['a note'],
        arrange: async ({ index }) => index,
        act: async (index) => void t.acts.push(index as number),
        close: async () => void (sessionClosed = true),
      })),
      options,
      deps(target),
    );
    assert.deepEqual(target.acts.slice(0, 2), [0, 1], 'two warm-up iterations ran first');
    assert.equal(target.acts.length, 5, 'warm-up plus measured');
    assert.equal(result.succeeded, 3, 'only the measured iterations count');
    assert.deepEqual(result.warmup, { iterations: 2, failed: 0 });
    assert.deepEqual(result.notes, ['a note']);
    assert.ok(sessionClosed && target.closed, 'session and target closed');
  });

  it('closes the target when the scenario cannot start', async () => {
    const target: FakeTarget = { closed: false, acts: [] };
    await assert.rejects(
      measureScenario(scenario(async () => Promise.reject(new Error('no session'))), options, deps(target)),
      /no session/,
    );
    assert.equal(target.closed, true);
  });

  it('redacts error messages with the target\'s secrets', async () => {
    const target: FakeTarget = { closed: false, acts: [] };
    const result = await measureScenario(
      scenario(async () => ({
        arrange: async () => undefined,
        act: async () => Promise.reject(new Error('code s3cret refused')),
        close: async () => undefined,
      })),
      { ...options, warmup: 0 },
      deps(target),
    );
    assert.equal(result.failed, 3);
    assert.equal(result.errors.examples[0]!.message, 'code [redacted] refused');
  });
});
