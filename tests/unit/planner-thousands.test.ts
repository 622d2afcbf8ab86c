/** "10k" written against a number is ten thousand, in a stated volume. */
import { describe, expect, it } from 'vitest';
import { statedWorkloads } from '../../agent/planner/stated-workload';

describe('thousands written with k', () => {
  it('multiplies the number', () => {
    expect(statedWorkloads('We answer about 12k chat messages a month.')).toEqual([{ amount: 12000, unit: 'messages', per: 'month' }]);
  });

  it('leaves a k apart from the number alone', () => {
    expect(statedWorkloads('About 12 k-line files a week.')[0]?.amount).toBe(12);
  });
});
