/**
 * A token bucket per connection: bursts are fine (a reconnect flushes many edits), a flood is not.
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

  /** Takes one message's worth; false when the connection is over its rate. */
  spend(): boolean {
    const now = performance.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.refilledAt) / 1000) * this.refillPerSecond);
    this.refilledAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
