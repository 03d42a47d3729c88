import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimiters } from '../limits/RateLimiters.ts';

const WINDOW_SECONDS = 15 * 60;
const LONGEST_BACKOFF_SECONDS = 15 * 60;

export interface SignInThrottleLimits {
  /** Failed sign-ins per address and account in 15 minutes. */
  perAddressAndAccount: number;
  /** Failed sign-ins per address (any accounts) in 15 minutes. */
  perAddress: number;
  /** Failed sign-ins per account from everywhere in 15 minutes before backoff starts. */
  perAccount: number;
}

/** An attempt that may not go ahead yet, and when it may. */
export interface SignInRefusal {
  retryAfterSeconds: number;
}

/**
 * Counts FAILED sign-ins only, so people who sign in successfully are never locked out (finding 5,
 * L1). Each attempt reserves a point before the password is checked (parallel guesses cannot
 * overtake the count) and gets it back when it succeeds. Past the per-account allowance, every
 * further failure doubles a wait (up to 15 minutes) instead of locking the account: a botnet spread
 * over many addresses is slowed to a crawl, and the owner is never shut out for long.
 * With REDIS_URL the counts are shared by every process (an attacker gains nothing by spreading
 * guesses over them).
 */
export class SignInThrottle {
  private readonly addressAndAccount: RateLimiterAbstract;
  private readonly address: RateLimiterAbstract;
  private readonly accountFailures: RateLimiterAbstract;
  private readonly accountBackoff: RateLimiterAbstract;

  constructor(
    private readonly limits: SignInThrottleLimits,
    rateLimiters: RateLimiters,
  ) {
    this.addressAndAccount = rateLimiters.create({ keyPrefix: 'sign-in-address-account', points: limits.perAddressAndAccount, duration: WINDOW_SECONDS });
    this.address = rateLimiters.create({ keyPrefix: 'sign-in-address', points: limits.perAddress, duration: WINDOW_SECONDS });
    // Counts without refusing; the backoff below does the slowing.
    this.accountFailures = rateLimiters.create({ keyPrefix: 'sign-in-account', points: Number.MAX_SAFE_INTEGER, duration: WINDOW_SECONDS });
    this.accountBackoff = rateLimiters.create({ keyPrefix: 'sign-in-backoff', points: 1, duration: 1 });
  }

  /**
   * Reserves one attempt for `address` signing in as `account`; null when it may go ahead, else how
   * long to wait. Every attempt that goes ahead must end in `succeeded` or `failed`.
   */
  async begin(address: string, account: string): Promise<SignInRefusal | null> {
    const backoff = await this.accountBackoff.get(account);
    if (backoff !== null && backoff.consumedPoints > 1) return refusal(backoff);
    const reserved: RateLimiterAbstract[] = [];
    for (const [limiter, key] of [
      [this.address, address],
      [this.addressAndAccount, `${address}|${account}`],
    ] as const) {
      try {
        await limiter.consume(key);
        reserved.push(limiter);
      } catch (rejection) {
        await this.giveBack(reserved, address, account);
        // A refused attempt is not a failure: give its point back, so waiting is enough.
        await limiter.reward(limiter === this.address ? address : `${address}|${account}`, 1);
        if (rejection instanceof RateLimiterRes) return refusal(rejection);
        throw rejection;
      }
    }
    return null;
  }

  /** A right password: the reserved points come back, so success never counts. */
  async succeeded(address: string, account: string): Promise<void> {
    await this.giveBack([this.address, this.addressAndAccount], address, account);
  }

  /** A wrong password: the reserved points stay spent, and the account's backoff may grow. */
  async failed(account: string): Promise<void> {
    const failures = await this.accountFailures.consume(account);
    const beyond = failures.consumedPoints - this.limits.perAccount;
    if (beyond > 0) await this.accountBackoff.block(account, Math.min(2 ** (beyond - 1), LONGEST_BACKOFF_SECONDS));
  }

  private async giveBack(limiters: readonly RateLimiterAbstract[], address: string, account: string): Promise<void> {
    for (const limiter of limiters) await limiter.reward(limiter === this.address ? address : `${address}|${account}`, 1);
  }
}

function refusal(result: RateLimiterRes): SignInRefusal {
  return { retryAfterSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)) };
}
