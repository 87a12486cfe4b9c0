/**
 * In-memory message store of the inbox, newest first. Bounded so a long-running sandbox cannot
 * grow without limit; the oldest messages are dropped first.
 */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../lib/service.ts';
import type { InboxMessage, MessageDraft } from './message.ts';
import { matches } from './search.ts';
import type { Criteria } from './search.ts';

export interface Paging {
  page: number;
  itemsPerPage: number;
  /** Epoch ms; messages received at or after this instant are kept. */
  receivedAfter?: number;
}

const DEFAULT_CAPACITY = 5000;

export class MessageStore {
  private messages: InboxMessage[] = [];

  constructor(
    readonly serverId: string,
    private readonly clock: Clock,
    private readonly capacity = DEFAULT_CAPACITY,
  ) {}

  add(draft: MessageDraft): InboxMessage {
    const receivedMs = draft.receivedMs ?? this.clock.now();
    const message: InboxMessage = {
      ...draft,
      id: randomUUID(),
      server: this.serverId,
      received: new Date(receivedMs).toISOString(),
      receivedMs,
    };
    // Equal timestamps keep arrival order: the later arrival goes first.
    const index = this.messages.findIndex((m) => m.receivedMs <= receivedMs);
    this.messages.splice(index < 0 ? this.messages.length : index, 0, message);
    if (this.messages.length > this.capacity) this.messages.length = this.capacity;
    return message;
  }

  get(id: string): InboxMessage | undefined {
    return this.messages.find((m) => m.id === id);
  }

  delete(id: string): boolean {
    const before = this.messages.length;
    this.messages = this.messages.filter((m) => m.id !== id);
    return this.messages.length < before;
  }

  clear(): void {
    this.messages = [];
  }

  /** Newest first. */
  recent(limit: number): InboxMessage[] {
    return this.messages.slice(0, limit);
  }

  count(): number {
    return this.messages.length;
  }

  list(paging: Paging, criteria?: Criteria): InboxMessage[] {
    const { page, itemsPerPage, receivedAfter } = paging;
    const found = this.messages.filter(
      (m) => (receivedAfter === undefined || m.receivedMs >= receivedAfter) && (criteria === undefined || matches(m, criteria)),
    );
    return found.slice(page * itemsPerPage, (page + 1) * itemsPerPage);
  }
}
