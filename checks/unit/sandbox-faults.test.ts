import assert from 'node:assert/strict';
import { it } from 'node:test';
import { FaultBook } from '../../sandbox/faults/book.ts';
import { deliverWithFaults, earlierCode } from '../../sandbox/faults/delivery.ts';

it('a keyed fault applies to its key only, and `times` bounds it per key', () => {
  const book = new FaultBook();
  book.add({ fault: 'mgmt-503', key: 'user-a', times: 1, delaySeconds: 0 });
  assert.equal(book.take(['mgmt-503'], ['user-b']), undefined, 'another test\'s user is untouched');
  assert.equal(book.take(['mgmt-503'], ['USER-A'])?.fault, 'mgmt-503', 'keys compare case-insensitively (email addresses)');
  assert.equal(book.take(['mgmt-503'], ['user-a']), undefined, 'a one-off fault fires once');
});

it('a keyless fault with a probability picks the same keys every time, and about that share of them', () => {
  const book = new FaultBook({ seed: 's', rules: [{ fault: 'email-late', probability: 0.3 }] });
  const keys = Array.from({ length: 1000 }, (_, i) => `user${i}@example.com`);
  const hit = keys.filter((k) => book.take(['email-late'], [k]));
  assert.ok(hit.length > 220 && hit.length < 380, `about 30% of keys (${hit.length})`);
  assert.ok(hit.every((k) => book.take(['email-late'], [k])), 'the same key always gets the same answer');
});

it('an invalid faults table is refused at start', () => {
  assert.throws(() => new FaultBook({ rules: [{ fault: 'email-lost' }] }));
});

it('lost delivery never calls the provider; late delivery calls it after the delay', async () => {
  const book = new FaultBook({ rules: [{ fault: 'sms-never', key: '+15550001' }, { fault: 'email-late', key: 'a@x', delaySeconds: 0.05 }] });
  let sms = 0;
  await deliverWithFaults(book, 'sms', '+15550001', async () => void sms++);
  assert.equal(sms, 0);
  const started = Date.now();
  let at = 0;
  await deliverWithFaults(book, 'email', 'a@x', async () => void (at = Date.now()));
  assert.ok(at - started >= 45, 'delivered after the delay');
  await deliverWithFaults(book, 'sms', '+15550002', async () => void sms++);
  assert.equal(sms, 1, 'other recipients are delivered at once');
});

it('a stale fault delivers an older message (dated back) before the new one, and combines with a late new one', async () => {
  const book = new FaultBook({ rules: [{ fault: 'email-stale', key: 'a@x', delaySeconds: 30, times: 1 }, { fault: 'email-late', key: 'a@x', delaySeconds: 0.05 }] });
  const order: string[] = [];
  const deliver = async () => void order.push('new');
  const stale = async (ageMs: number) => void order.push(`stale ${ageMs} ms old`);
  await deliverWithFaults(book, 'email', 'a@x', deliver, stale);
  assert.deepEqual(order, ['stale 30000 ms old', 'new']);
  order.length = 0;
  await deliverWithFaults(book, 'email', 'a@x', deliver, stale);
  assert.deepEqual(order, ['new'], '`times: 1`: one stale message per recipient');
  await deliverWithFaults(book, 'email', 'b@x', deliver, stale);
  assert.deepEqual(order, ['new', 'new'], 'other recipients get no stale message');
});

it("a stale message's code differs from the new one in every digit", () => {
  for (const otp of ['000000', '123456', '987650']) {
    const earlier = earlierCode(otp);
    assert.equal(earlier.length, otp.length);
    assert.ok([...earlier].every((d, i) => d !== otp[i]), `${earlier} vs ${otp}`);
  }
});
