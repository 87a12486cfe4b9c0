import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DeadlineError, describeError, formatFaults, messageShape, tallyErrors } from '../../bench/faults.ts';
import { MessageNotReceivedError, RateLimitError, TargetError } from '../../helpers/errors.ts';
import { redact } from '../../helpers/secrets.ts';

describe('describeError', () => {
  it("uses a ConformanceError's typed fault and adds what was seen to its summary line", () => {
    const error = new TargetError('Flow 3 went off the guide', { expected: 'step x', seen: 'step y', hint: 'fix it' });
    assert.deepEqual(describeError(error, 'act'), {
      fault: 'target',
      stage: 'act',
      name: 'TargetError',
      message: 'Flow 3 went off the guide (seen: step y)',
    });
    assert.equal(describeError(new RateLimitError('429'), 'arrange').fault, 'provider');
  });

  it('classifies the deadline, and any raw error as unclassified', () => {
    assert.equal(describeError(new DeadlineError('the 5 s deadline'), 'act').fault, 'deadline');
    const raw = describeError(new TypeError('x is undefined'), 'act');
    assert.deepEqual([raw.fault, raw.name], ['unclassified', 'TypeError']);
    assert.equal(describeError('a thrown string', 'act').name, 'string');
  });

  it('redacts secrets and keeps one bounded line', () => {
    const error = new Error(`code 482913 was rejected\nsecond line ${'x'.repeat(50)}`);
    const record = describeError(error, 'act', (text) => redact(text, ['482913']));
    assert.equal(record.message, 'code [redacted] was rejected');
    const long = describeError(new Error('y'.repeat(1_000)), 'act');
    assert.ok(long.message.length <= 320 && long.message.endsWith('...'), 'long messages are cut');
  });
});

describe('tallyErrors', () => {
  it('counts by fault and keeps one example per distinct error, most frequent first', () => {
    const late = new MessageNotReceivedError('No email arrived');
    const records = [
      describeError(new TargetError('bad step'), 'act'),
      describeError(late, 'act'),
      describeError(late, 'act'),
      describeError(new DeadlineError('the deadline'), 'act'),
    ];
    const tally = tallyErrors(records);
    assert.equal(tally.total, 4);
    assert.deepEqual(tally.byFault, { target: 1, delivery: 2, deadline: 1 });
    assert.equal(tally.examples.length, 3);
    assert.deepEqual([tally.examples[0]!.fault, tally.examples[0]!.count], ['delivery', 2]);
    assert.equal(formatFaults(tally), 'target 1, delivery 2, deadline 1');
  });

  it('reads 0 when nothing failed', () => {
    const tally = tallyErrors([]);
    assert.deepEqual(tally, { total: 0, byFault: {}, examples: [] });
    assert.equal(formatFaults(tally), '0');
  });
});

describe('messageShape', () => {
  it('blanks ids so one failure on many users counts as one kind', () => {
    assert.equal(messageShape('failed during delete user 00ud6ZZKDY94QbysTia7 (HTTP 429)'), 'failed during delete user <id> (HTTP 429)');
    assert.equal(messageShape('no email for bench-lx2abc12-w1-k3j9x0aa@sbx0mail.mailosaur.net'), 'no email for bench-<id>-w1-<id>@<id>.mailosaur.net');
    assert.equal(messageShape('Flow 3 went off the guide'), 'Flow 3 went off the guide', 'plain words stay');
  });

  it('groups errors that differ only by an id', () => {
    const records = ['00ud6ZZKDY94QbysTia7', '00umhYY3XfWYP95osCDJ'].map((id) => describeError(new TargetError(`failed for user ${id}`), 'act'));
    const tally = tallyErrors(records);
    assert.equal(tally.examples.length, 1);
    assert.equal(tally.examples[0]!.count, 2);
  });
});
