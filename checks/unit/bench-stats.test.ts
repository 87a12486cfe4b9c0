import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { percentile, summarize, summarizePhases, throughputPerSecond } from '../../bench/stats.ts';

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('returns measured values: p50 and p95 of 1..100 are 50 and 95', () => {
    assert.equal(percentile(hundred, 50), 50);
    assert.equal(percentile(hundred, 95), 95);
    assert.equal(percentile(hundred, 100), 100);
    assert.equal(percentile(hundred, 0), 1, 'p0 is the minimum');
  });

  it('rounds the rank up on small samples (p95 of 10 samples is the largest)', () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    assert.equal(percentile(ten, 95), 10);
    assert.equal(percentile(ten, 50), 5);
    assert.equal(percentile([42], 95), 42, 'one sample is every percentile');
  });

  it('refuses no samples and out-of-range percentiles, naming the problem', () => {
    assert.throws(() => percentile([], 50), /no samples/);
    assert.throws(() => percentile([1], 101), /within 0\.\.100, got 101/);
    assert.throws(() => percentile([1], Number.NaN), /within 0\.\.100/);
  });
});

describe('summarize', () => {
  it('summarizes unsorted samples without changing them', () => {
    const samples = [30, 10, 20, 40];
    const summary = summarize(samples);
    assert.deepEqual(summary, { count: 4, min: 10, p50: 20, p95: 40, max: 40, mean: 25 });
    assert.deepEqual(samples, [30, 10, 20, 40], 'the input order is kept');
  });

  it('is undefined for no samples, so nobody reads a 0 ms latency', () => {
    assert.equal(summarize([]), undefined);
  });

  it('rejects negative and non-finite samples (a broken timer, not a fast call)', () => {
    assert.throws(() => summarize([1, -0.5]), /finite and >= 0, got -0\.5/);
    assert.throws(() => summarize([Number.POSITIVE_INFINITY]), /finite/);
  });
});

describe('throughput', () => {
  it('is completed operations per wall-clock second', () => {
    assert.equal(throughputPerSecond(50, 2_000), 25);
    assert.equal(throughputPerSecond(3, 1_500), 2);
  });

  it('is 0 when nothing completed or no time passed', () => {
    assert.equal(throughputPerSecond(0, 1_000), 0);
    assert.equal(throughputPerSecond(5, 0), 0);
  });

  it('rejects a negative wall time', () => {
    assert.throws(() => throughputPerSecond(1, -1), /wall time/);
  });
});

describe('summarizePhases', () => {
  it('summarizes each named phase over the iterations that have it, in first-seen order', () => {
    const phases = summarizePhases([
      { create: 10, delete: 4 },
      { create: 30, delete: 2 },
      { create: 20 },
    ]);
    assert.deepEqual(Object.keys(phases), ['create', 'delete']);
    assert.equal(phases.create!.p50, 20);
    assert.equal(phases.create!.count, 3);
    assert.equal(phases.delete!.count, 2);
    assert.equal(phases.delete!.mean, 3);
  });
});
