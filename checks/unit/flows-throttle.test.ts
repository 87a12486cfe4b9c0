import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sendSecondAtOnce, waitAskedFor } from '../../helpers/flows/throttle.ts';

/** A clock that moves only when told: each send takes `sendMs`. */
function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe('the second send of a throttle pair', () => {
  it('is sent at once and judged refused when the org refuses it, however late the answer', async () => {
    const c = clock();
    let sends = 0;
    const second = await sendSecondAtOnce(c.now(), async () => void (sends++, c.advance(9_000)), async () => 'Please wait 5 seconds', 5_000, c.now);
    assert.equal(sends, 1);
    assert.deepEqual(second, { outcome: 'refused' });
  });

  it('is judged accepted with the time its answer came, so the caller can tell a missing throttle from a slow run', async () => {
    const c = clock();
    const sentAt = c.now();
    c.advance(1_000);
    const second = await sendSecondAtOnce(sentAt, async () => c.advance(800), async () => undefined, 5_000, c.now);
    assert.deepEqual(second, { outcome: 'accepted', afterMs: 1_800 });
  });

  it('reports an accepted answer that came after the window as such (not inside it)', async () => {
    const c = clock();
    const sentAt = c.now();
    const second = await sendSecondAtOnce(sentAt, async () => c.advance(6_000), async () => undefined, 5_000, c.now);
    assert.deepEqual(second, { outcome: 'accepted', afterMs: 6_000 });
  });

  it('sends nothing once the window has passed: too late to prove anything', async () => {
    const c = clock();
    const sentAt = c.now();
    c.advance(5_000);
    let sends = 0;
    const second = await sendSecondAtOnce(sentAt, async () => void sends++, async () => undefined, 5_000, c.now);
    assert.equal(sends, 0);
    assert.deepEqual(second, { outcome: 'too late', afterMs: 5_000 });
  });
});

describe('the wait a throttle refusal asks for', () => {
  it("reads Okta's wording in seconds and minutes", () => {
    assert.equal(waitAskedFor('An SMS message was recently sent. Please wait 30 seconds before trying again.'), 30_000);
    assert.equal(waitAskedFor('Please wait 2 minutes'), 120_000);
    assert.equal(waitAskedFor('Too many requests'), undefined);
  });
});
