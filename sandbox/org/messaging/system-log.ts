/** Writes the System Log event Okta records for each message the org sends (never the code or link). */
import type { OrgStore } from '../store/index.ts';
import { logEmailSent, logSmsSent } from '../store/log-events.ts';
import type { OutboxEntry } from './outbox.ts';

export function logSentMessage(store: OrgStore, entry: OutboxEntry): void {
  const user = entry.userId ? store.users.get(entry.userId) : undefined;
  if (!user) return;
  if (entry.kind === 'sms') {
    logSmsSent(store, { user, phoneNumber: entry.to, purpose: entry.purpose === 'enrollment' ? 'enrollment' : 'challenge' });
    return;
  }
  logEmailSent(store, { user, email: entry.to, purpose: entry.purpose === 'recovery' ? 'recovery' : entry.purpose === 'enrollment' ? 'enrollment' : 'challenge' });
}
