import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pollPauses, waitForOne } from '../../helpers/messages/correlate.ts';
import { RequestPace } from '../../helpers/messages/pace.ts';

const first = <T>(gen: Generator<T>, n: number) => Array.from({ length: n }, () => gen.next().value);

describe('adaptive polling', () => {
  it('polls fast first, doubling the pause up to the provider-friendly interval', () => {
    assert.deepEqual(first(pollPauses({ firstPollIntervalMs: 25, pollIntervalMs: 500 }), 8), [25, 50, 100, 200, 400, 500, 500, 500]);
  });

  it('keeps the first interval for `fastPolls` pauses, then doubles', () => {
    assert.deepEqual(first(pollPauses({ firstPollIntervalMs: 25, fastPolls: 4, pollIntervalMs: 500 }), 10), [25, 25, 25, 25, 50, 100, 200, 400, 500, 500]);
  });

  it('without a first interval, polls at the steady interval (the old behaviour)', () => {
    assert.deepEqual(first(pollPauses({ pollIntervalMs: 500 }), 3), [500, 500, 500]);
  });

  it('finds a message that lands just after the first poll within the second pause, not a full interval later', async () => {
    const landsAt = Date.now() + 15;
    const started = Date.now();
    const found = await waitForOne(
      { channel: 'email', recipient: 'a@x.net', receivedAfter: new Date() },
      async () => (Date.now() >= landsAt ? [{ id: 'm', receivedAt: new Date() }] : []),
      { timeoutMs: 5_000, firstPollIntervalMs: 25, pollIntervalMs: 500 },
    );
    assert.equal(found.id, 'm');
    assert.ok(Date.now() - started < 400, 'read well before the steady 500 ms interval would have allowed');
  });
});

describe('request pace per provider', () => {
  it('lets a burst through, then holds callers to the steady rate, in order', async () => {
    let now = 0;
    const pace = new RequestPace({ perSecond: 10, burst: 3 }, () => now);
    for (let i = 0; i < 3; i++) await pace.take();
    let fourth = false;
    const waiting = pace.take().then(() => (fourth = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(fourth, false, 'the fourth request waits for a token');
    now += 100;
    await waiting;
    assert.equal(fourth, true, 'a token arrives after 1/perSecond');
  });
});
