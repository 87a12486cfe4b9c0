import assert from 'node:assert/strict';
import { it } from 'node:test';
import { MessageNotReceivedError, TargetError } from '../../helpers/errors.ts';
import type { OktaAdmin } from '../../helpers/okta/admin-client.ts';
import { causeOf } from '../../helpers/verdicts/classify.ts';
import { explainMissingMessage, isSendEventFor } from '../../helpers/verdicts/delivery-evidence.ts';

function adminWithLog(events: object[] | Error): OktaAdmin {
  const listLogEvents = async () => {
    if (events instanceof Error) throw events;
    return (async function* () {
      yield* events;
    })();
  };
  return { orgUrl: 'https://org.example', client: { systemLogApi: { listLogEvents } } } as unknown as OktaAdmin;
}

const missing = new MessageNotReceivedError('No SMS arrived for +15550001', { expected: 'one SMS', seen: 'nothing new after waiting 60.0 s' });
const ask = { channel: 'SMS' as const, recipient: '+15550001', since: new Date('2026-11-29T10:00:00Z') };
const serialized = (e: Error) => ({ message: `${e.name}: ${e.message}` });

it('sent but never delivered is a delivery problem (INCONCLUSIVE), with the event as evidence', async () => {
  const event = { eventType: 'system.sms.send_factor_verify_message', published: '2026-11-29T10:00:01Z', target: [{ alternateId: '+1 555 0001' }] };
  const error = await explainMissingMessage(adminWithLog([event]), missing, ask);
  assert.ok(error instanceof MessageNotReceivedError);
  assert.match(error.message, /seen: .*System Log records system\.sms\.send_factor_verify_message at 2026-11-29T10:00:01\.000Z/);
  assert.equal(causeOf(serialized(error)), 'delivery');
});

it('never sent means the flow did not trigger it: a TargetError (FAIL)', async () => {
  const other = { eventType: 'system.sms.send_factor_verify_message', published: '2026-11-29T10:00:01Z', target: [{ alternateId: '+15550002' }] };
  const error = await explainMissingMessage(adminWithLog([other]), missing, ask);
  assert.ok(error instanceof TargetError);
  assert.match(error.message, /The org never sent the SMS/);
  assert.equal(causeOf(serialized(error)), 'target');
});

it('an unreadable System Log leaves the question open (INCONCLUSIVE) and says so', async () => {
  const error = await explainMissingMessage(adminWithLog(new Error('socket hang up')), missing, ask);
  assert.ok(error instanceof MessageNotReceivedError);
  assert.match(error.message, /System Log could not be read/);
});

it('an email event matches its recipient case-insensitively, an SMS event by digits, and only its channel', () => {
  const email = { eventType: 'system.email.send_factor_verify_message', target: [{ alternateId: 'A@Example.com' }] };
  assert.equal(isSendEventFor(email, 'email', 'a@example.com'), true);
  assert.equal(isSendEventFor(email, 'SMS', 'a@example.com'), false);
  assert.equal(isSendEventFor({ eventType: 'system.sms.x', debugContext: { debugData: { phoneNumber: '+15550001' } } }, 'SMS', '+1 (555) 0001'), true);
});
