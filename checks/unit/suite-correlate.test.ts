import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MessageNotReceivedError, ProviderError, TargetError } from '../../helpers/errors.ts';
import { collapseDuplicates, readDuringTrigger, requireAtMostOne, selectNewMessages, waitForOne } from '../../helpers/messages/correlate.ts';
import { MailosaurReader, type MailosaurMessages } from '../../helpers/messages/mailosaur-reader.ts';
import { TwilioReader, type TwilioMessage, type TwilioMessages } from '../../helpers/messages/twilio-reader.ts';
import { SecretRegistry } from '../../helpers/secrets.ts';
import { tempDir } from '../temp-dir.ts';

const fast = { timeoutMs: 300, pollIntervalMs: 10, clockSkewMs: 0 };
const secrets = () => new SecretRegistry(tempDir('suite-correlate'));
const expectation = { channel: 'email', recipient: 'a@x.net', receivedAfter: new Date(1_000_000) };

describe('selecting new messages', () => {
  const items = [
    { id: 'old', receivedAt: new Date(999_000) },
    { id: 'new', receivedAt: new Date(1_000_500) },
    { id: 'used', receivedAt: new Date(1_000_600) },
  ];

  it('keeps only messages after receivedAfter that were not consumed', () => {
    assert.deepEqual(selectNewMessages(items, expectation.receivedAfter, new Set(['used'])).map((m) => m.id), ['new']);
  });

  it('allows the configured clock skew', () => {
    assert.deepEqual(selectNewMessages(items.slice(0, 1), expectation.receivedAfter, new Set(), 2_000).map((m) => m.id), ['old']);
  });

  it('leaves a message dated inside the skew allowance when others are dated after the action (a stale code)', () => {
    assert.deepEqual(selectNewMessages(items, expectation.receivedAfter, new Set(), 2_000).map((m) => m.id), ['new', 'used']);
    assert.deepEqual(selectNewMessages(items, expectation.receivedAfter, new Set(['used']), 2_000).map((m) => m.id), ['new']);
  });

  it('refuses two new messages for one action', () => {
    assert.throws(() => requireAtMostOne(items, expectation), (error: unknown) => error instanceof TargetError && /exactly one/.test(error.message));
    assert.equal(requireAtMostOne([], expectation), undefined);
  });

  it('times out with an error naming recipient, criteria and the wait', async () => {
    await assert.rejects(waitForOne(expectation, async () => [], fast), (error: unknown) => {
      assert.ok(error instanceof MessageNotReceivedError);
      assert.equal(error.fault, 'delivery');
      assert.match(error.message, /a@x\.net/);
      assert.match(error.message, /received after 1970-01-01T00:16:40\.000Z/);
      assert.match(error.message, /waiting \d+\.\d s/);
      return true;
    });
  });

  it('returns as soon as the message appears', async () => {
    let calls = 0;
    const found = await waitForOne(expectation, async () => (++calls < 3 ? [] : [{ id: 'm', receivedAt: new Date() }]), fast);
    assert.equal(found.id, 'm');
    assert.equal(calls, 3);
  });
});

/** A fake Mailosaur store that behaves like the API: search by sentTo and receivedAfter, get, delete. */
function fakeMailosaur(messages: { id: string; to: string; received: Date; html: string }[]) {
  const deleted: string[] = [];
  const client: MailosaurMessages = {
    messages: {
      async search(_server, criteria, options) {
        const items = messages
          .filter((m) => !deleted.includes(m.id))
          .filter((m) => m.to.includes(criteria.sentTo ?? '') && m.received >= (options?.receivedAfter ?? new Date(0)))
          .map((m) => ({ id: m.id, received: m.received, to: [{ email: m.to }] }));
        return { items };
      },
      async getById(id) {
        const m = messages.find((candidate) => candidate.id === id)!;
        return { id, subject: 'One-time Email Authentication Link', received: m.received, html: { body: m.html } };
      },
      async del(id) {
        deleted.push(id);
      },
    },
  };
  return { client, deleted, messages };
}

describe('MailosaurReader', () => {
  it('returns the one email the trigger caused, for the exact recipient, and deletes it', async () => {
    const store = fakeMailosaur([
      { id: 'stale', to: 'ann@x.net', received: new Date(Date.now() - 60_000), html: 'Enter a code instead: <b>111111</b>' },
      { id: 'other', to: 'xann@x.net', received: new Date(Date.now() + 5_000), html: 'Enter a code instead: <b>222222</b>' },
    ]);
    const reader = new MailosaurReader(store.client, 'srv00001', secrets(), fast);
    const email = await reader.expectEmail('ann@x.net', async () => {
      store.messages.push({ id: 'fresh', to: 'ann@x.net', received: new Date(), html: 'Enter a code instead: <b>333333</b>' });
    });
    assert.equal(email.otp(), '333333');
    assert.deepEqual(store.deleted, ['fresh']);
  });

  it('fails when the trigger caused two different emails', async () => {
    const store = fakeMailosaur([]);
    const reader = new MailosaurReader(store.client, 'srv00001', secrets(), fast);
    const twice = async () => {
      for (const id of ['one', 'two']) store.messages.push({ id, to: 'b@x.net', received: new Date(), html: `Enter a code instead: <b>${id === 'one' ? 111111 : 222222}</b>` });
    };
    await assert.rejects(reader.expectEmail('b@x.net', twice), TargetError);
  });

  it('reads one email delivered twice (identical copies) as one, and deletes both', async () => {
    const store = fakeMailosaur([]);
    const reader = new MailosaurReader(store.client, 'srv00001', secrets(), fast);
    const email = await reader.expectEmail('d@x.net', async () => {
      for (const id of ['first', 'copy']) store.messages.push({ id, to: 'd@x.net', received: new Date(), html: 'Enter a code instead: <b>444444</b>' });
    });
    assert.equal(email.otp(), '444444');
    assert.deepEqual([...store.deleted].sort(), ['copy', 'first']);
  });

  it('raises a TargetError (not a timeout) when the email has no code', async () => {
    const store = fakeMailosaur([]);
    const reader = new MailosaurReader(store.client, 'srv00001', secrets(), fast);
    const email = await reader.expectEmail('c@x.net', async () => {
      store.messages.push({ id: 'm', to: 'c@x.net', received: new Date(), html: '<p>Welcome!</p>' });
    });
    assert.throws(() => email.otp(), (error: unknown) => error instanceof TargetError && !/Welcome/.test(error.message));
  });

  it('wraps provider failures in a ProviderError', async () => {
    const client: MailosaurMessages = {
      messages: {
        search: async () => {
          throw Object.assign(new Error('Authentication failed, check your API key.'), { errorType: 'authentication_error', httpStatusCode: 401 });
        },
        getById: async () => ({}),
        del: async () => undefined,
      },
    };
    const reader = new MailosaurReader(client, 'srv00001', secrets(), fast);
    await assert.rejects(reader.expectEmail('d@x.net', async () => undefined), (error: unknown) => {
      return error instanceof ProviderError && /authentication_error 401/.test(error.message);
    });
  });
});

function fakeTwilio(messages: TwilioMessage[]) {
  const removed: string[] = [];
  const messagesApi = Object.assign((sid: string) => ({ remove: async () => (removed.push(sid), true) }), {
    list: async (params: { to: string; dateSentAfter: Date }) =>
      messages.filter((m) => m.to === params.to && (m.dateSent ?? m.dateCreated) >= params.dateSentAfter),
  });
  return { client: { messages: messagesApi } as TwilioMessages, removed, messages };
}

const sms = (sid: string, to: string, body: string, extra: Partial<TwilioMessage> = {}): TwilioMessage => ({
  sid, to, body, status: 'received', errorCode: null, dateSent: new Date(), dateCreated: new Date(), ...extra,
});

describe('TwilioReader', () => {
  it('returns the one SMS to the number and removes it', async () => {
    const store = fakeTwilio([sms('SMold', '+15550100101', 'Your verification code is 111111.', { dateSent: new Date(Date.now() - 120_000) })]);
    const reader = new TwilioReader(store.client, secrets(), fast);
    const received = await reader.expectSms('+15550100101', async () => {
      store.messages.push(sms('SMnew', '+15550100101', 'Your verification code is 424242.'));
      store.messages.push(sms('SMx', '+15550100102', 'Your verification code is 999999.'));
    });
    assert.equal(received.otp(), '424242');
    assert.deepEqual(store.removed, ['SMnew']);
  });

  it('reports error 30038 as "SMS provider filtered the message", not as a timeout', async () => {
    const store = fakeTwilio([]);
    const reader = new TwilioReader(store.client, secrets(), { ...fast, timeoutMs: 5_000 });
    const started = Date.now();
    await assert.rejects(
      reader.expectSms('+15550100103', async () => {
        store.messages.push(sms('SMf', '+15550100103', '', { status: 'failed', errorCode: 30038 }));
      }),
      (error: unknown) => error instanceof ProviderError && error.fault === 'provider' && /SMS provider filtered the message/.test(error.message),
    );
    assert.ok(Date.now() - started < 4_000, 'the filter is reported at once, not after the timeout');
  });
});

describe('duplicate deliveries', () => {
  it('identical copies collapse to the oldest; different contents stay (a second code is still an error)', () => {
    const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));
    const items = [
      { id: 'b', receivedAt: at(2), body: 'code 111111' },
      { id: 'a', receivedAt: at(1), body: 'code 111111' },
      { id: 'c', receivedAt: at(3), body: 'code 222222' },
      { id: 'd', receivedAt: at(4), body: undefined },
    ];
    const { kept, copies } = collapseDuplicates(items, (i) => i.body);
    assert.deepEqual(kept.map((i) => i.id), ['a', 'c', 'd']);
    assert.deepEqual(copies.map((i) => i.id), ['b']);
  });
});

describe('reading while the trigger runs', () => {
  const message = (id: string) => ({ id, receivedAt: new Date() });
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('has the message in hand before the trigger ends', async () => {
    const inbox: { id: string; receivedAt: Date }[] = [];
    let readAt = 0;
    let triggerEndedAt = 0;
    const { found } = await readDuringTrigger(expectation, async () => {
      inbox.push(message('m'));
      await pause(100);
      triggerEndedAt = performance.now();
    }, async () => [...inbox], fast, async () => {
      readAt = performance.now();
    });
    assert.equal(found.id, 'm');
    assert.ok(readAt > 0 && readAt < triggerEndedAt, 'read during the trigger');
  });

  it('refuses a second message the rest of the trigger caused, after the first was read', async () => {
    const inbox: { id: string; receivedAt: Date }[] = [];
    await assert.rejects(
      readDuringTrigger(expectation, async () => {
        inbox.push(message('first'));
        await pause(60);
        inbox.push(message('second'));
      }, async () => [...inbox], fast, async () => undefined),
      (error: unknown) => error instanceof TargetError && /More than one email/.test(error.message),
    );
  });

  it("throws the trigger's error and stops polling", async () => {
    let polls = 0;
    await assert.rejects(readDuringTrigger(expectation, async () => {
      await pause(30);
      throw new Error('the page did not move on');
    }, async () => {
      polls++;
      return [];
    }, fast, async () => undefined), /the page did not move on/);
    const after = polls;
    await pause(60);
    assert.equal(polls, after, 'no poll after the trigger failed');
  });

  it('counts its wait from the end of the trigger, however long the trigger took', async () => {
    const inbox: { id: string; receivedAt: Date }[] = [];
    const { found } = await readDuringTrigger(expectation, async () => {
      await pause(fast.timeoutMs + 100);
      // Lands after the trigger, longer after the start than the wait's whole time.
      setTimeout(() => inbox.push(message('late')), 50);
    }, async () => [...inbox], fast, async () => undefined);
    assert.equal(found.id, 'late');
  });
});
