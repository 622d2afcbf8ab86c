/** Turns whatever ended a run into the `error` event's kind and sentence. */
import { errorOutcome } from '../errors/outcomes';
import type { AgentErrorKind } from './events';

export function describeFailure(error: unknown): { kind: AgentErrorKind; message: string } {
  // A typed error's sentence already says what to do (set a key, wait, pick another model).
  const run = errorOutcome(error)?.run;
  if (run && run !== 'internal') return { kind: run, message: (error as Error).message };
  const detail = error instanceof Error ? error.message : String(error);
  return {
    kind: 'internal',
    message: `Something went wrong inside Toolwright (${detail}). Try again; if it keeps happening, check the server log.`,
  };
}
