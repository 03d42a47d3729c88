/**
 * A token bucket: `capacity` tokens, refilled at `refillPerSecond`. Bursts up to the capacity are
 * free; past them, `take` reports how long the caller should wait to be back under the rate.
 */
export class TokenBucket {
  private tokens: number;
  private refilledAt = performance.now();

  constructor(
    private readonly capacity: number,
    private readonly refillPerSecond: number,
  ) {
    this.tokens = capacity;
  }

  /** Takes `cost` tokens; returns 0 when they were there, else the ms until the debt is paid back. */
  take(cost = 1): number {
    const now = performance.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.refilledAt) / 1000) * this.refillPerSecond);
    this.refilledAt = now;
    this.tokens -= cost;
    return this.tokens >= 0 ? 0 : (-this.tokens / this.refillPerSecond) * 1000;
  }

  /** Takes one token if there is one; a refused request costs nothing. */
  tryTake(): boolean {
    if (this.take(1) === 0) return true;
    this.tokens += 1;
    return false;
  }
}
