import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../sandbox/lib/service.ts';
import { smsDraft } from '../../sandbox/inbox/message.ts';
import type { MessageDraft } from '../../sandbox/inbox/message.ts';
import { matches, parseCriteria } from '../../sandbox/inbox/search.ts';
import type { Criteria } from '../../sandbox/inbox/search.ts';
import { MessageStore } from '../../sandbox/inbox/store.ts';

const email = (to: string, subject: string): MessageDraft => ({
  type: 'Email',
  from: [{ name: 'Okta', email: 'noreply@okta.com' }],
  to: [{ name: '', email: to }],
  cc: [],
  bcc: [],
  subject,
  summary: subject,
  text: { body: `body of ${subject}`, links: [], codes: [] },
  metadata: { headers: [], rcptTo: [{ email: to }] },
});

describe('inbox search criteria', () => {
  it('rejects empty or malformed criteria with Mailosaur field errors', () => {
    assert.deepEqual(parseCriteria({}), [
      { field: 'criteria', detail: [{ code: 'required', description: 'Provide at least one of sentTo, sentFrom, subject or body' }] },
    ]);
    const errors = parseCriteria({ sentTo: 5, match: 'SOME' });
    assert.ok(Array.isArray(errors));
    assert.deepEqual(errors.map((e) => e.field), ['sentTo', 'match']);
    assert.deepEqual(parseCriteria({ subject: 'x', match: 'any' }), { subject: 'x', match: 'ANY' });
  });

  it('matches phone numbers by digits but never an email by its digits', () => {
    const store = new MessageStore('abcd1234', new ManualClock());
    const sms = store.add(smsDraft({ from: '+15550100999', to: '+15550100201', body: 'code 123456' }));
    const criteria = (sentTo: string) => parseCriteria({ sentTo }) as Criteria;
    assert.ok(matches(sms, criteria('15550100201')));
    assert.ok(matches(sms, criteria('+1 555 010 0201')));
    assert.ok(!matches(sms, criteria('15550100202')));
    assert.ok(!matches(sms, criteria('15550100201@abcd1234.mailosaur.net')));
  });

  it('lists newest first, pages, and honours receivedAfter inclusively', () => {
    const clock = new ManualClock(1_000_000);
    const store = new MessageStore('abcd1234', clock);
    store.add(email('a@x.test', 'one'));
    clock.advance(1000);
    store.add(email('a@x.test', 'two'));
    store.add(email('B@X.test', 'three'));
    const subjects = (list: { subject: string }[]) => list.map((m) => m.subject);
    assert.deepEqual(subjects(store.list({ page: 0, itemsPerPage: 10 })), ['three', 'two', 'one'], 'same-ms arrivals keep order');
    assert.deepEqual(subjects(store.list({ page: 1, itemsPerPage: 2 })), ['one']);
    assert.deepEqual(subjects(store.list({ page: 0, itemsPerPage: 10, receivedAfter: 1_001_000 })), ['three', 'two']);
    const toB = parseCriteria({ sentTo: 'b@x.TEST' }) as Criteria;
    assert.deepEqual(subjects(store.list({ page: 0, itemsPerPage: 10 }, toB)), ['three'], 'addresses compare case-insensitively');
  });
});
