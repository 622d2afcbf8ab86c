/**
 * What a run waiting for a person keeps on its row (RunRow.approval): which step pauses it,
 * which output waits, who may decide, until when, and what the rest of the run needs to
 * continue after a restart or on another instance. Kept after the decision as its record.
 */
import type { DeadlineAction } from '../../agent/spec/approval-step';
import type { Step } from '../../agent/spec/app-spec';

export interface PendingApproval {
  /** Random; a signed link names it, so a link only ever decides the pause it was made for. */
  id: string;
  /** The approval step. */
  stepId: string;
  /** The step whose output waits. */
  gates: string;
  /** Which of the gated step's outputs approvers may edit; null when it is not text (an image). */
  field: string | null;
  /** The gated output as it stands (text), shown to approvers. */
  pending: string | null;
  role: 'owner' | 'editor' | 'runner';
  message: string | null;
  askedAt: string;
  /** When nobody decided by then, `then` happens; null: no deadline. */
  deadlineAt: string | null;
  otherwise: DeadlineAction | null;
  /** Set once the approvers were told the deadline passed (otherwise: 'notify'); they are not told twice. */
  overdueNotifiedAt?: string;
  /** Template values of a scheduled run ({{schedule.since}}), which later steps may still use. */
  schedule?: Record<string, unknown>;
  /** Filled when someone (or the deadline) decided. */
  decision?: ApprovalDecision;
}

export interface ApprovalDecision {
  decision: 'approved' | 'rejected';
  /** The text later steps get: the approver's edit, or the pending text as it stood. */
  text: string | null;
  edited: boolean;
  /** Who decided: an email or user id, "a signed link", or "the deadline". */
  by: string;
  note: string | null;
  at: string;
}

/** Which output of a step is the text an approver reads and may edit. */
export function editableField(step: Step): string | null {
  switch (step.kind) {
    case 'generate-text':
      return 'text';
    case 'classify':
      return 'label';
    case 'call-webhook':
      return 'body';
    default:
      return null;
  }
}

export function pendingApproval(
  step: Extract<Step, { kind: 'approval' }>,
  gated: Step | undefined,
  output: Record<string, unknown> | undefined,
  at: Date,
  id: string,
  schedule: Record<string, unknown> | undefined,
): PendingApproval {
  const field = gated ? editableField(gated) : null;
  const value = field ? output?.[field] : output;
  return {
    id,
    stepId: step.id,
    gates: step.gates,
    field,
    pending: value === undefined || value === null ? null : typeof value === 'string' ? value : JSON.stringify(value),
    role: step.role,
    message: step.message ?? null,
    askedAt: at.toISOString(),
    deadlineAt: step.deadline ? new Date(at.getTime() + step.deadline.hours * 3_600_000).toISOString() : null,
    otherwise: step.deadline?.otherwise ?? null,
    ...(schedule ? { schedule } : {}),
  };
}
