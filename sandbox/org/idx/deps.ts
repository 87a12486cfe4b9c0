/** Everything the IDX handlers share. */
import type { Defects } from '../../defects/switches.ts';
import type { Clock } from '../../lib/service.ts';
import type { Messenger } from '../messaging/messenger.ts';
import type { Directory } from './directory.ts';
import type { TransactionStore } from './transactions.ts';

export interface IdxDeps {
  dir: Directory;
  transactions: TransactionStore;
  clock: Clock;
  messenger: Messenger;
  /** Seeded defects this org honours (none in a conforming org). */
  defects: Defects;
}
