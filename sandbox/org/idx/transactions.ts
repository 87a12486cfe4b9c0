/** The in-memory registry of IDX transactions and their one-time interaction codes. */
import { randomBytes } from 'node:crypto';
import type { Clock } from '../../lib/service.ts';
import type { InteractionCode, Transaction } from './transaction.ts';

/** How long a transaction (its state handle) stays usable without finishing. */
export const TRANSACTION_TTL_MS = 30 * 60 * 1000;
/** Interaction codes are short-lived, like Okta's. */
export const INTERACTION_CODE_TTL_MS = 60 * 1000;

export function opaque(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

export type NewTransaction = Omit<Transaction, 'interactionHandle' | 'stateHandle' | 'createdAt' | 'expiresAt' | 'step' | 'recovery' | 'verified'>;

export class TransactionStore {
  private readonly byInteraction = new Map<string, Transaction>();
  private readonly byState = new Map<string, Transaction>();
  private readonly codes = new Map<string, InteractionCode>();
  /** Magic-link token → state handle. */
  private readonly links = new Map<string, string>();

  constructor(private readonly clock: Clock) {}

  create(init: NewTransaction): Transaction {
    const now = this.clock.now();
    const tx: Transaction = {
      ...init,
      interactionHandle: opaque(32),
      stateHandle: `02${opaque(30)}`,
      createdAt: now,
      expiresAt: now + TRANSACTION_TTL_MS,
      step: 'identify',
      recovery: false,
      verified: [],
    };
    this.byInteraction.set(tx.interactionHandle, tx);
    this.byState.set(tx.stateHandle, tx);
    return tx;
  }

  byInteractionHandle(handle: unknown): Transaction | undefined {
    return typeof handle === 'string' ? this.live(this.byInteraction.get(handle)) : undefined;
  }

  byStateHandle(handle: unknown): Transaction | undefined {
    return typeof handle === 'string' ? this.live(this.byState.get(handle)) : undefined;
  }

  /** Starts over (the `cancel` action): same interaction, a new state handle, back to identify. */
  restart(tx: Transaction): Transaction {
    this.byState.delete(tx.stateHandle);
    const fresh: Transaction = {
      ...tx,
      stateHandle: `02${opaque(30)}`,
      step: 'identify',
      recovery: false,
      verified: [],
      userId: undefined,
      phantomIdentifier: undefined,
      selected: undefined,
      challenge: undefined,
      interactionCode: undefined,
      completedAt: undefined,
      expiresAt: this.clock.now() + TRANSACTION_TTL_MS,
    };
    this.byInteraction.set(fresh.interactionHandle, fresh);
    this.byState.set(fresh.stateHandle, fresh);
    return fresh;
  }

  registerLink(linkToken: string, tx: Transaction): void {
    this.links.set(linkToken, tx.stateHandle);
  }

  /** The live transaction whose current challenge carries this magic-link token. */
  byLinkToken(linkToken: unknown): Transaction | undefined {
    if (typeof linkToken !== 'string') return undefined;
    const tx = this.byStateHandle(this.links.get(linkToken));
    return tx?.challenge?.linkToken === linkToken ? tx : undefined;
  }

  issueCode(tx: Transaction): string {
    const code = opaque(32);
    this.codes.set(code, { code, stateHandle: tx.stateHandle, expiresAt: this.clock.now() + INTERACTION_CODE_TTL_MS, used: false });
    tx.interactionCode = code;
    return code;
  }

  /** The transaction an interaction code was issued for, or why the code cannot be used. */
  codeTransaction(code: unknown): { tx: Transaction } | { problem: 'unknown' | 'used' | 'expired' } {
    const entry = typeof code === 'string' ? this.codes.get(code) : undefined;
    if (!entry) return { problem: 'unknown' };
    if (entry.used) return { problem: 'used' };
    if (entry.expiresAt < this.clock.now()) return { problem: 'expired' };
    const tx = this.byState.get(entry.stateHandle);
    return tx ? { tx } : { problem: 'expired' };
  }

  /**
   * Uses the code up. The transaction stays known (a polling tab learns the flow moved on) but is
   * marked, so introspecting it answers "session expired".
   */
  redeem(code: string): void {
    const entry = this.codes.get(code);
    if (!entry) return;
    entry.used = true;
    const tx = this.byState.get(entry.stateHandle);
    if (tx) tx.redeemed = true;
  }

  private live(tx: Transaction | undefined): Transaction | undefined {
    if (!tx) return undefined;
    if (tx.expiresAt < this.clock.now()) return undefined;
    return tx;
  }
}
