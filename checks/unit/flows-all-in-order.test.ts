import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allInOrder } from '../../helpers/flows/all-in-order.ts';

const after = (ms: number, outcome: () => void) => new Promise<void>((resolve, reject) => setTimeout(() => {
  try {
    outcome();
    resolve();
  } catch (error) {
    reject(error);
  }
}, ms));

describe('independent checks at once', () => {
  it('passes when every check passes, and waits for all of them', async () => {
    const done: string[] = [];
    await allInOrder([after(30, () => done.push('slow')), undefined, after(1, () => done.push('fast'))]);
    assert.deepEqual(done, ['fast', 'slow']);
  });

  it('throws the first failing check in the listed order, not the first to fail', async () => {
    await assert.rejects(
      allInOrder([after(40, () => { throw new Error('org: no session start'); }), after(1, () => { throw new Error('page: no claims'); })]),
      /org: no session start/,
    );
  });
});
