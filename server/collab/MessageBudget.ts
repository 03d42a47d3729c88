import { collabLimits } from './collabLimits.ts';
import { TokenBucket } from './TokenBucket.ts';

export interface BudgetRates {
  messages: { capacity: number; perSecond: number };
  bytes: { capacity: number; perSecond: number };
}

/**
 * A connection's budget in messages and in bytes: bursts are fine; past them, a connection is
 * slowed to the refill rate, never cut off (its edits are the user's work). Counting bytes as well
 * as messages means a few huge frames cost what they weigh.
 */
export class MessageBudget {
  private readonly messages: TokenBucket;
  private readonly bytes: TokenBucket;

  constructor(rates: BudgetRates = collabLimits.writerBudget) {
    this.messages = new TokenBucket(rates.messages.capacity, rates.messages.perSecond);
    this.bytes = new TokenBucket(rates.bytes.capacity, rates.bytes.perSecond);
  }

  /** Takes one message of `byteLength`; returns how long to stop reading (ms) to get back under both rates. */
  spend(byteLength: number): number {
    return Math.max(this.messages.take(1), this.bytes.take(byteLength));
  }
}
