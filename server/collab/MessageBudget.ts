/**
 * A token bucket per connection: bursts are fine (a reconnect flushes many edits); past that, a
 * connection is slowed to the refill rate, never cut off (its edits are the user's work).
 */
export class MessageBudget {
  private tokens: number;
  private refilledAt = performance.now();

  constructor(
    private readonly capacity = 2_000,
    private readonly refillPerSecond = 1_000,
  ) {
    this.tokens = capacity;
  }

  /** Takes one message's worth; returns how long to stop reading (ms) to get back under the rate. */
  spend(): number {
    const now = performance.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.refilledAt) / 1000) * this.refillPerSecond);
    this.refilledAt = now;
    this.tokens -= 1;
    return this.tokens >= 0 ? 0 : (-this.tokens / this.refillPerSecond) * 1000;
  }
}
