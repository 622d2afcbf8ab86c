/**
 * Brute-force brake for sign-in, per client address and email: the first few failures cost
 * nothing, then each further one waits longer (doubling up to MAX_DELAY_MS), and after
 * REFUSE_AFTER failures in the window every attempt is refused until the window passes.
 * A success clears the count. In memory: a restart forgets, which only helps the owner.
 */
export const FREE_FAILURES = 3;
export const REFUSE_AFTER = 10;
export const WINDOW_MS = 15 * 60_000;
const BASE_DELAY_MS = 250;
const MAX_DELAY_MS = 4_000;

interface Entry {
  failures: number;
  first: number;
}

export interface LoginThrottle {
  /** Milliseconds to wait before checking this attempt, or 'refused'. */
  check(key: string): number | 'refused';
  fail(key: string): void;
  succeed(key: string): void;
}

export function createLoginThrottle(now: () => number = Date.now): LoginThrottle {
  const entries = new Map<string, Entry>();
  const current = (key: string): Entry | null => {
    const entry = entries.get(key);
    if (entry && now() - entry.first > WINDOW_MS) {
      entries.delete(key);
      return null;
    }
    return entry ?? null;
  };
  return {
    check(key) {
      const failures = current(key)?.failures ?? 0;
      if (failures >= REFUSE_AFTER) return 'refused';
      if (failures < FREE_FAILURES) return 0;
      return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (failures - FREE_FAILURES));
    },
    fail(key) {
      const entry = current(key);
      if (entry) entry.failures += 1;
      else entries.set(key, { failures: 1, first: now() });
      // Bound memory under a spray of distinct keys.
      if (entries.size > 10_000) entries.delete(entries.keys().next().value!);
    },
    succeed(key) {
      entries.delete(key);
    },
  };
}
