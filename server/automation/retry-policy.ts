/**
 * When a failed delivery is tried again: exponential backoff (base × 2^(attempt-1), capped),
 * never sooner than the receiver's Retry-After, within a bounded number of attempts.
 */

export interface RetryPolicy {
  /** Attempts in total, the first one included. */
  maxAttempts: number;
  /** Wait before the second attempt; doubles for each later one. */
  baseMs: number;
  /** Longest backoff wait. */
  maxMs: number;
  /** Longest wait a Retry-After header can ask for (a receiver asking for a day is not obeyed). */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  baseMs: 10_000,
  maxMs: 15 * 60_000,
  maxRetryAfterMs: 60 * 60_000,
};

/** HTTP statuses worth another try: timeouts, rate limits, server faults. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * The wait before the next attempt, given the attempts made so far; null when none is left.
 */
export function nextDelayMs(attemptsMade: number, retryAfterMs: number | null, policy: RetryPolicy): number | null {
  if (attemptsMade >= policy.maxAttempts) return null;
  const backoff = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attemptsMade - 1));
  if (retryAfterMs === null) return backoff;
  return Math.max(backoff, Math.min(retryAfterMs, policy.maxRetryAfterMs));
}
