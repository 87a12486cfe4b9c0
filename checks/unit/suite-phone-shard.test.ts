import assert from 'node:assert/strict';
import { it } from 'node:test';
import { configFrom } from '../../helpers/config/index.ts';
import { ConfigError } from '../../helpers/errors.ts';
import { numbersForShard, parseShard } from '../../helpers/phone/shard.ts';

const pool = ['+15550000001', '+15550000002', '+15550000003', '+15550000004', '+15550000005'];

it('shards take disjoint slices that together cover the pool', () => {
  const slices = [1, 2].map((index) => numbersForShard(pool, { index, total: 2 }, 'TWILIO_PHONE_NUMBERS'));
  assert.deepEqual(slices, [['+15550000001', '+15550000003', '+15550000005'], ['+15550000002', '+15550000004']]);
  assert.deepEqual(numbersForShard(pool, undefined, 'X'), pool);
});

it('a shard left without a number, or a malformed shard, is one clear config error', () => {
  assert.throws(() => numbersForShard(pool.slice(0, 2), { index: 3, total: 3 }, 'TWILIO_PHONE_NUMBERS'), (error: unknown) => {
    assert.ok(error instanceof ConfigError);
    assert.match(error.message, /TWILIO_PHONE_NUMBERS has 2 number\(s\), too few for 3 shards: shard 3\/3 gets none/);
    return true;
  });
  assert.throws(() => parseShard('3/2'), /CONFORMANCE_SHARD is "3\/2"/);
  assert.deepEqual(parseShard('2/4'), { index: 2, total: 4 });
});

it('the config applies CONFORMANCE_SHARD to the pool the SMS provider reads', () => {
  const config = configFrom({ CONFORMANCE_SHARD: '2/2' }, 'run');
  const whole = configFrom({}, 'run');
  assert.ok(config.sms.numbers.length > 0 && config.sms.numbers.every((n) => whole.sms.numbers.includes(n)));
  assert.equal(config.sms.numbers.length, Math.floor(whole.sms.numbers.length / 2));
});
