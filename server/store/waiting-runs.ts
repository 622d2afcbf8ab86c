/**
 * Runs waiting for a person (status 'waiting', RunRow.approval pending), for the approvals
 * service: list them, and hand one on atomically. `replace` is the one place where "exactly
 * once" is decided — a signed link used twice, two approvers at once, two instances sweeping
 * deadlines: only one caller finds the run still waiting with the same pending approval.
 */
import type { RunRow } from './records';

export interface WaitingRuns {
  /** Every waiting run, oldest first. */
  list(): Promise<RunRow[]>;
  /**
   * Stores `next` in place of `expected` only if the stored run is still 'waiting' with the same
   * pending approval (deep equal); true when this call did, false when another decided first.
   */
  replace(expected: RunRow, next: RunRow): Promise<boolean>;
}
