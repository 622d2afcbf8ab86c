/**
 * Parts of the approval step (its schema is in app-spec.ts's step union): the run pauses
 * after the step it gates until a person with at least `role` approves, edits the pending
 * output (later steps then get the edited text), or rejects. An optional deadline says what
 * happens when nobody decided in time.
 */
import { z } from 'zod';

/** What `{{steps.<id>.<output>}}` may name on an approval step. */
export const APPROVAL_OUTPUTS = ['decision', 'text', 'by'] as const;

/** When the deadline passes undecided: reject, approve as it stands, or tell the approvers once more and keep waiting. */
export const DeadlineActionSchema = z.enum(['reject', 'approve', 'notify']);
export type DeadlineAction = z.infer<typeof DeadlineActionSchema>;

export const ApprovalDeadlineSchema = z.object({
  /** Hours after the run paused (at most 90 days). */
  hours: z
    .number()
    .positive()
    .max(24 * 90),
  otherwise: DeadlineActionSchema,
});

/** Roles that may decide (agent/access/roles.ts); viewers only read. */
export const ApproverRoleSchema = z.enum(['owner', 'editor', 'runner']);

/** "an editor", "an owner", "a runner": a role with its article, for sentences. */
export const aRole = (role: string): string => `${/^[aeiou]/.test(role) ? 'an' : 'a'} ${role}`;
