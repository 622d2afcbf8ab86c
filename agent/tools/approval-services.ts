/**
 * What the server does for the approval tools (list_approvals, decide_approval): runs wait in
 * the store and are resumed by the runtime, both server-side, so tools see this port
 * (AppServices.approvals) and a door without a server (MCP over stdio) says where to decide.
 */
import type { Actor } from '../access/actor';

/** One run waiting at an approval step, as every door shows it. */
export interface PendingApprovalView {
  runId: string;
  appSlug: string;
  appName: string;
  /** The approval step and the step whose output waits. */
  stepId: string;
  gates: string;
  /** Least role that may decide. */
  role: 'owner' | 'editor' | 'runner';
  message: string | null;
  /** The gated output as it stands; null when it is not text. */
  pending: string | null;
  /** True when approvers may replace the pending text. */
  editable: boolean;
  /** The run's inputs (what the chat's "the reply for ticket 42" is matched against). */
  inputs: Record<string, unknown>;
  askedAt: string;
  /** ISO; null without a deadline. */
  deadlineAt: string | null;
  otherwise: 'reject' | 'approve' | 'notify' | null;
  /** Path of the run on its app page. */
  runPath: string;
}

/** approve: as it stands; edit: with `text` in place of the pending output; reject: stop the run. */
export interface DecisionInput {
  decision: 'approve' | 'edit' | 'reject';
  text: string | null;
  /** Why (kept with the decision; a rejection's reason ends the run's error). */
  note: string | null;
}

export interface DecidedRun {
  runId: string;
  appSlug: string;
  /** The run's status after the rest of it ran: ok, dry-run, error, rejected, or waiting (a later approval). */
  status: string;
  error: string | null;
}

export interface ApprovalServices {
  /** Waiting runs the actor can see, oldest first; `appSlug` narrows to one app. */
  list(actor: Actor, appSlug: string | null): Promise<PendingApprovalView[]>;
  /** Decides as `actor` (refused with a sentence below the step's role) and resumes the run; exactly once. */
  decide(actor: Actor, target: { appSlug: string; runId: string }, input: DecisionInput): Promise<DecidedRun>;
}
