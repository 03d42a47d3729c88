import { describe, expect, it } from 'vitest';
import { MessageBudget } from './MessageBudget.ts';

describe('MessageBudget', () => {
  it('lets a burst through and then asks for a pause that brings the rate down to the refill rate', () => {
    const budget = new MessageBudget({ messages: { capacity: 10, perSecond: 100 }, bytes: { capacity: 1e9, perSecond: 1e9 } });
    for (let message = 0; message < 10; message++) expect(budget.spend(1)).toBe(0);
    const pause = budget.spend(1);
    // One message over a bucket that refills 100 a second: about 10 ms.
    expect(pause).toBeGreaterThan(5);
    expect(pause).toBeLessThan(11);
  });

  it('counts bytes: a few huge messages are slowed although their number is small', () => {
    const budget = new MessageBudget({ messages: { capacity: 1_000, perSecond: 1_000 }, bytes: { capacity: 1_000_000, perSecond: 1_000_000 } });
    expect(budget.spend(600_000)).toBe(0);
    const pause = budget.spend(600_000);
    // 200 KB over a bucket that refills 1 MB a second: about 200 ms.
    expect(pause).toBeGreaterThan(150);
    expect(pause).toBeLessThan(201);
  });
});
