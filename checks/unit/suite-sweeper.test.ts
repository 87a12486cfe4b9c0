import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSweepable } from '../../helpers/okta/sweeper.ts';

const now = Date.parse('2024-05-06T12:00:00Z');
const user = (login: string, minutesAgo: number) => ({ id: '00u1', login, created: new Date(now - minutesAgo * 60_000) });

describe('which users the sweeper removes', () => {
  it("removes every user of the given run, whatever its age", () => {
    assert.equal(isSweepable(user('oiec-run1-w0-abc@d.net', 1), { prefix: 'oiec', runId: 'run1', now }), true);
    assert.equal(isSweepable(user('oiec-run2-w0-abc@d.net', 1), { prefix: 'oiec', runId: 'run1', now }), false);
  });

  it('removes users of other runs only when older than the cutoff', () => {
    assert.equal(isSweepable(user('oiec-run2-w1-abc@d.net', 61), { prefix: 'oiec', olderThanMinutes: 60, now }), true);
    assert.equal(isSweepable(user('oiec-run2-w1-abc@d.net', 59), { prefix: 'oiec', olderThanMinutes: 60, now }), false);
  });

  it("never touches logins that are not the suite's", () => {
    assert.equal(isSweepable(user('alice@example.com', 9_999), { prefix: 'oiec', olderThanMinutes: 1, now }), false);
    assert.equal(isSweepable(user('oiec@example.com', 9_999), { prefix: 'oiec', olderThanMinutes: 1, now }), false);
    assert.equal(isSweepable(user('oiecx-run1-w0-abc@d.net', 9_999), { prefix: 'oiec', runId: 'run1', now }), false);
  });
});
