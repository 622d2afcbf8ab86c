/**
 * The `openai` SDK's errors → ProviderError. Shared by the OpenAI and OpenAI-compatible
 * adapters (same SDK); the only place that knows `APIError` and its subclasses.
 */
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { kindForStatus, PROVIDER_LABEL, ProviderError, redactSecrets } from '../errors';
import type { ProviderId } from '../provider';
import { parseRetryAfter } from '../retry';

export interface OpenAIErrorContext {
  provider: ProviderId;
  baseURL: string;
  /** Environment variable naming the base URL, for "could not be reached" sentences. */
  baseURLEnv: string;
  apiKey: string | undefined;
}

export function mapOpenAIError(error: unknown, context: OpenAIErrorContext): ProviderError | null {
  const { provider } = context;
  if (error instanceof APIConnectionTimeoutError) return new ProviderError({ kind: 'timeout', provider, cause: error });
  // A user abort is the caller's cancellation; retry.ts rethrows it before asking us.
  if (error instanceof APIUserAbortError) return null;
  if (error instanceof APIConnectionError) {
    return new ProviderError({
      kind: 'unavailable',
      provider,
      cause: error,
      message: `${PROVIDER_LABEL[provider]} could not be reached at ${context.baseURL}. Check that it is running and that ${context.baseURLEnv} is right, or pick another model.`,
    });
  }
  // An error inside a stream: a Responses `error` event as the event itself, or a Chat Completions
  // chunk holding `error`, which the SDK raises as an APIError with no status and that error's message.
  const midAnswer =
    isStreamErrorEvent(error) || (error instanceof APIError && error.status === undefined && error.error !== undefined)
      ? error.message
      : null;
  if (midAnswer !== null) {
    return new ProviderError({
      kind: 'unavailable',
      provider,
      cause: error,
      message: `${PROVIDER_LABEL[provider]} reported an error while answering: ${redactSecrets(midAnswer, [context.apiKey]).replace(/[.\s]+$/, '')}. Try again, or pick another model.`,
    });
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    const body = error.error as { message?: unknown } | undefined;
    const said = typeof body?.message === 'string' ? body.message : error.message;
    const kind = kindForStatus(error.status);
    if (error.code === 'insufficient_quota') {
      // A 429 that no amount of waiting fixes: the account is out of credit.
      return new ProviderError({
        kind,
        provider,
        status: error.status,
        retryable: false,
        cause: error,
        message: `${PROVIDER_LABEL[provider]} says this account has run out of quota (${error.status}). Add credit or raise the limit in the provider's billing settings, or pick another model.`,
      });
    }
    return new ProviderError({
      kind,
      provider,
      status: error.status,
      retryAfterMs: parseRetryAfter(error.headers),
      detail: redactSecrets(said, [context.apiKey]),
      // Auth refusals quote (part of) the key; they are not kept even as a cause.
      ...(kind === 'auth' ? {} : { cause: error }),
    });
  }
  return null;
}

function isStreamErrorEvent(error: unknown): error is { type: 'error'; message: string } {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { type?: unknown }).type === 'error' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}
