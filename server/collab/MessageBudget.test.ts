import { describe, expect, it } from 'vitest';
import { MessageBudget } from './MessageBudget.ts';

describe('MessageBudget', () => {
  it('lets a burst through and then asks for a pause that brings the rate down to the refill rate', () => {
    const budget = new MessageBudget(10, 100);
    for (let message = 0; message < 10; message++) expect(budget.spend()).toBe(0);
    const pause = budget.spend();
    // One message over a bucket that refills 100 a second: about 10 ms.
    expect(pause).toBeGreaterThan(5);
    expect(pause).toBeLessThan(11);
  });
});
