import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULTS, parseBenchArgs, selectByName } from '../../bench/options.ts';

describe('bench options', () => {
  it('has bounded defaults', () => {
    const options = parseBenchArgs([]);
    assert.deepEqual(options, {
      iterations: DEFAULTS.iterations,
      concurrency: DEFAULTS.concurrency,
      warmup: DEFAULTS.warmup,
      deadlineSeconds: DEFAULTS.deadlineSeconds,
      only: [],
      out: 'reports/bench.json',
      suiteRuns: DEFAULTS.suiteRuns,
      flowIterations: DEFAULTS.flowIterations,
      help: false,
    });
  });

  it('reads every option; --only repeats and comma-separates', () => {
    const options = parseBenchArgs(['--iterations', '50', '--concurrency', '8', '--warmup', '0', '--deadline', '30', '--only', 'a,b', '--only', 'c', '--out', '/tmp/x.json']);
    assert.deepEqual(options, { iterations: 50, concurrency: 8, warmup: 0, deadlineSeconds: 30, only: ['a', 'b', 'c'], out: '/tmp/x.json', suiteRuns: 1, flowIterations: DEFAULTS.flowIterations, help: false });
  });

  it('lists every bad value at once, with the allowed range and the usage', () => {
    assert.throws(
      () => parseBenchArgs(['--iterations', '0', '--concurrency', 'many']),
      (error: Error) =>
        /--iterations must be a whole number from 1 to 10000, got "0"/.test(error.message) &&
        /--concurrency must be a whole number from 1 to 64, got "many"/.test(error.message) &&
        /Usage: npm run bench/.test(error.message),
    );
    assert.throws(() => parseBenchArgs(['--iterations', '2.5']), /got "2\.5"/);
  });

  it('refuses unknown options with the usage', () => {
    assert.throws(() => parseBenchArgs(['--fast']), /Unknown option '--fast'[\s\S]*Usage:/);
  });
});

describe('selectByName', () => {
  const all = [{ name: 'one' }, { name: 'two' }, { name: 'three' }];

  it('selects all by default, else the named ones in registry order', () => {
    assert.deepEqual(selectByName(all, []), all);
    assert.deepEqual(selectByName(all, ['three', 'one']).map((s) => s.name), ['one', 'three']);
  });

  it('names the unknown benchmark and the known ones', () => {
    assert.throws(() => selectByName(all, ['four']), /Unknown benchmark "four"; choose from: one, two, three/);
  });
});
