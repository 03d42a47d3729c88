import { TokenBucket } from './TokenBucket.ts';

export interface BudgetRates {
  messages: { capacity: number; perSecond: number };
  bytes: { capacity: number; perSecond: number };
}

/** A writer's rates: a reconnect flushes many edits, a paste can be a whole document. */
export const WRITER_RATES: BudgetRates = {
  messages: { capacity: 2_000, perSecond: 1_000 },
  bytes: { capacity: 16 * 1024 * 1024, perSecond: 4 * 1024 * 1024 },
};

/** A reader's rates: it sends presence and sync requests, nothing big. */
export const READER_RATES: BudgetRates = {
  messages: { capacity: 500, perSecond: 200 },
  bytes: { capacity: 512 * 1024, perSecond: 128 * 1024 },
};

/**
 * A connection's budget in messages and in bytes: bursts are fine; past them, a connection is
 * slowed to the refill rate, never cut off (its edits are the user's work). Counting bytes as well
 * as messages means a few huge frames cost what they weigh.
 */
export class MessageBudget {
  private readonly messages: TokenBucket;
  private readonly bytes: TokenBucket;

  constructor(rates: BudgetRates = WRITER_RATES) {
    this.messages = new TokenBucket(rates.messages.capacity, rates.messages.perSecond);
    this.bytes = new TokenBucket(rates.bytes.capacity, rates.bytes.perSecond);
  }

  /** Takes one message of `byteLength`; returns how long to stop reading (ms) to get back under both rates. */
  spend(byteLength: number): number {
    return Math.max(this.messages.take(1), this.bytes.take(byteLength));
  }
}
