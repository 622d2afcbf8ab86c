/**
 * The one retry and timeout policy for every provider. The SDKs' own retries are switched
 * off (OpenAI `maxRetries: 0`; @google/genai without `retryOptions`) so this is the only
 * place that decides: rate limits, 5xx and timeouts are retried with exponential backoff
 * and full jitter, honouring the provider's Retry-After, up to a bounded number of attempts.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { ProviderError } from './errors';
import type { ProviderConfig, ProviderId } from './provider';
import { brokenStreamError, type TextStream } from './text-stream';

/** Milliseconds to wait before retry number `retry` (1-based); `retryAfterMs` is what the provider asked for. */
export type RetryDelay = (retry: number, retryAfterMs: number | null) => number;

export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_TIMEOUT_MS = 120_000;
const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;
/** A Retry-After longer than this is not waited for: the error goes to the person at once. */
export const MAX_RETRY_AFTER_MS = 60_000;

export const defaultRetryDelay: RetryDelay = (retry, retryAfterMs) => {
  if (retryAfterMs !== null) return retryAfterMs;
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (retry - 1));
  // Full jitter: spreads clients that failed together (AWS architecture blog, "Exponential Backoff And Jitter").
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
};

export interface RetryPolicy {
  provider: ProviderId;
  /** Retries after the first attempt. */
  maxRetries: number;
  /** Per attempt. */
  timeoutMs: number;
  retryDelay: RetryDelay;
}

export function retryPolicy(provider: ProviderId, config: ProviderConfig): RetryPolicy {
  return {
    provider,
    maxRetries: config.maxRetries ?? DEFAULT_MAX_RETRIES,
    timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retryDelay: config.retryDelay ?? defaultRetryDelay,
  };
}

/**
 * Runs `attempt` under the policy. Each attempt gets its own signal that aborts on the
 * caller's signal or at `timeoutMs`. A caller abort is rethrown as is (cancellation is not
 * a provider fault); provider faults leave as the ProviderError `mapError` makes of them.
 * With `stream`, a failure after text reached the caller is not retried (the text would
 * repeat): it leaves as a broken-stream error, and so does a transport fault mid-stream.
 */
export async function callWithRetry<T>(
  policy: RetryPolicy,
  attempt: (signal: AbortSignal) => Promise<T>,
  mapError: (error: unknown) => ProviderError | null,
  callerSignal?: AbortSignal,
  stream?: TextStream,
): Promise<T> {
  for (let attemptNo = 1; ; attemptNo++) {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, policy.timeoutMs);
    const onAbort = () => controller.abort(callerSignal?.reason);
    callerSignal?.addEventListener('abort', onAbort, { once: true });
    if (callerSignal?.aborted) controller.abort(callerSignal.reason);

    let failure: ProviderError;
    try {
      return await attempt(controller.signal);
    } catch (error) {
      if (callerSignal?.aborted) throw callerSignal.reason ?? error;
      const mapped = timedOut
        ? new ProviderError({ kind: 'timeout', provider: policy.provider, timeoutMs: policy.timeoutMs, cause: error })
        : ProviderError.isInstance(error)
          ? error
          : mapError(error);
      if (stream && (stream.chars > 0 || !mapped)) throw brokenStreamError(policy.provider, stream.chars, mapped ?? error);
      // Not a provider fault (a bug, a bad argument): leave it as it is.
      if (!mapped) throw error;
      failure = mapped;
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onAbort);
    }

    const tooLong = failure.retryAfterMs !== null && failure.retryAfterMs > MAX_RETRY_AFTER_MS;
    if (!failure.retryable || attemptNo > policy.maxRetries || tooLong) {
      throw attemptNo > 1 ? failure.withAttempts(attemptNo) : failure;
    }
    await sleep(Math.max(0, policy.retryDelay(attemptNo, failure.retryAfterMs)), undefined, { signal: callerSignal }).catch(
      (error: unknown) => {
        throw callerSignal?.reason ?? error;
      },
    );
  }
}

/**
 * The wait a server asked for, in ms: Retry-After as delay-seconds or an HTTP date (RFC 9110
 * §10.2.3), or OpenAI's retry-after-ms when given headers; null when absent or unreadable.
 * Providers pass the response headers, webhook deliveries the Retry-After value.
 */
export function parseRetryAfter(source: Headers | string | null | undefined, now: Date | number = Date.now()): number | null {
  if (source instanceof Headers) {
    const ms = Number(source.get('retry-after-ms'));
    if (source.get('retry-after-ms') !== null && Number.isFinite(ms) && ms >= 0) return ms;
    return parseRetryAfter(source.get('retry-after'), now);
  }
  const value = source?.trim();
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - (typeof now === 'number' ? now : now.getTime()));
}
