/**
 * What every adapter shares when it streams: it counts the text handed to the caller, so a
 * stream that breaks after text arrived is reported as broken off (kept, not retried — a
 * retry would repeat the text), while one that fails before any text is an ordinary failure
 * the retry policy may try again.
 */
import { PROVIDER_LABEL, ProviderError } from './errors';
import type { ProviderId } from './provider';

export interface TextStream {
  /** Hands one piece of answer text to the caller. */
  emit(text: string): void;
  /** Characters handed over so far, over every attempt. */
  readonly chars: number;
}

export function textStream(onTextDelta: (text: string) => void): TextStream {
  let chars = 0;
  return {
    emit(text) {
      if (text.length === 0) return;
      chars += text.length;
      onTextDelta(text);
    },
    get chars() {
      return chars;
    },
  };
}

/**
 * The error for a stream that stopped after `chars` characters. `cause` is the mapped
 * provider error when there is one (an error event mid-stream), else the transport's fault.
 */
export function brokenStreamError(provider: ProviderId, chars: number, cause: unknown): ProviderError {
  // The transport's own words ("terminated", "other side closed") mean nothing to a person.
  const said = ProviderError.isInstance(cause) ? cause.message.replace(/[.\s]+$/, '') : 'the connection broke off';
  return new ProviderError({
    kind: 'unavailable',
    provider,
    retryable: false,
    cause,
    message: `${PROVIDER_LABEL[provider]} stopped sending its answer after ${chars} characters (${said}). The text so far is kept; run it again for the whole answer.`,
  });
}

/** For a stream that ended cleanly but without its final chunk (no completion event, no finish reason). */
export function endedEarlyError(provider: ProviderId, what: string): ProviderError {
  return new ProviderError({
    kind: 'unavailable',
    provider,
    message: `${PROVIDER_LABEL[provider]} ended its answer before ${what}. Try again, or pick another model.`,
  });
}
