/** Turns whatever ended a run into the `error` event's kind and sentence. */
import { ProviderError } from '../providers/errors';
import { StoreError } from '../../server/store/store-error';
import type { AgentErrorKind } from './events';
import { ConversationNotFoundError, MaxTurnsExceededError } from './errors';

export function describeFailure(error: unknown): { kind: AgentErrorKind; message: string } {
  // The ProviderError sentence already says what to do (set a key, wait, pick another model).
  if (ProviderError.isInstance(error)) return { kind: error.kind, message: error.message };
  if (error instanceof MaxTurnsExceededError) return { kind: 'max-turns', message: error.message };
  if (error instanceof ConversationNotFoundError) return { kind: 'not-found', message: error.message };
  if (error instanceof StoreError) return { kind: error.kind === 'not-found' ? 'not-found' : 'store', message: error.message };
  const detail = error instanceof Error ? error.message : String(error);
  return {
    kind: 'internal',
    message: `Something went wrong inside Toolwright (${detail}). Try again; if it keeps happening, check the server log.`,
  };
}
