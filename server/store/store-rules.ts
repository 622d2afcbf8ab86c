/** Rules every adapter applies the same way, so the contract suite sees one behaviour. */
import { portRefusal } from '../../agent/ports/port-rules';
import { StoreError } from '../../agent/ports/store-error';

/** Runs: newest first, default 50, max 500. */
export function runPage(options: { offset?: number; limit?: number } | undefined): { offset: number; limit: number } {
  return {
    offset: Math.max(0, Math.floor(options?.offset ?? 0)),
    limit: Math.min(500, Math.max(1, Math.floor(options?.limit ?? 50))),
  };
}

/** Audit: newest first, default 100, max 1000. */
export function auditLimit(options: { limit?: number } | undefined): number {
  return Math.min(1000, Math.max(1, Math.floor(options?.limit ?? 100)));
}

export { checkSaveAllowed } from '../../agent/ports/port-rules';

/** The refusals both adapters give, worded once (the ports' own in agent/ports/port-rules.ts). */
export const refusal = {
  ...portRefusal,
  appIdNotFound: (id: string) => new StoreError('not-found', `There is no app with id '${id}'; it may have been deleted.`),
  recordNotFound: (id: string) => new StoreError('not-found', `There is no record with id '${id}'; it may have been deleted.`),
  runOfAnotherApp: (runId: string) => new StoreError('conflict', `Run '${runId}' belongs to another app; give the new run its own id.`),
};
