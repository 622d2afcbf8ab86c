/**
 * "Approve the pending reply for ticket 42": finds the one waiting run meant (by run id, or by
 * words matched against its inputs and pending text) and decides it — approve as it stands,
 * edit (the given text replaces the pending output), or reject — as the caller, whose role the
 * step's own role must allow. The run then goes on (or stops) exactly once.
 */
import { z } from 'zod';
import { matchApprovals } from './approval-match';
import type { DecidedRun } from './approval-services';
import { approvalLine } from './list-approvals';
import { SlugInput } from './spec-inputs';
import type { Tool } from './tool';
import { ToolError } from './tool-error';

export const DecideApprovalInputSchema = z.object({
  app: SlugInput.nullable().describe('The app (its slug); null = any app you can see.'),
  run: z.string().min(1).max(100).nullable().describe('The waiting run id (from list_approvals); null = pick it by "about".'),
  about: z
    .string()
    .max(200)
    .nullable()
    .describe('Words that pick the waiting run by its inputs or pending text, e.g. "ticket 42"; null with a run id.'),
  decision: z.enum(['approve', 'edit', 'reject']).describe('approve as it stands, edit (send "text" instead), or reject (stop the run).'),
  text: z.string().min(1).max(20_000).nullable().describe('Only for edit: the text later steps get instead of the pending output.'),
  note: z.string().max(2000).nullable().describe('Why (kept with the decision); null for none.'),
});
export type DecideApprovalInput = z.infer<typeof DecideApprovalInputSchema>;

const DONE: Record<string, string> = {
  ok: 'the run went on and finished',
  'dry-run': 'the run went on as a dry run',
  rejected: 'the rest of the run was not done',
  waiting: 'the run went on and now waits at its next approval',
  error: 'the run went on, but a later step failed',
};

export const decideApprovalTool: Tool<typeof DecideApprovalInputSchema, DecidedRun> = {
  name: 'decide_approval',
  description:
    'Approves, edits or rejects a run paused at an approval step ("approve the pending reply for ticket 42"). Name the run by id, or by words found in its inputs; exactly one waiting run must match.',
  input: DecideApprovalInputSchema,
  minRole: 'runner',
  writeHints: { destructiveHint: true, idempotentHint: false },
  async run(ctx, input) {
    if (!ctx.services)
      throw new ToolError(
        'refused',
        'Runs are decided by the Toolwright server: use the run page, the link in the approval message, or POST /api/apps/<slug>/runs/<run>/approval.',
      );
    if (input.run === null && input.about === null)
      throw new ToolError('invalid-input', 'Say which run: give its id ("run") or words from its inputs ("about").');
    const all = await ctx.services.approvals.list(ctx.actor, input.app);
    const found = input.run !== null ? all.filter((v) => v.runId === input.run) : matchApprovals(all, input.about ?? '');
    const what = input.run !== null ? `run ${input.run}` : `"${input.about}"`;
    if (found.length === 0)
      throw new ToolError('not-found', `No run waiting for approval matches ${what}${input.app ? ` in ${input.app}` : ''}.`);
    if (found.length > 1) {
      throw new ToolError(
        'conflict',
        `${found.length} waiting runs match ${what}; say which one by its run id:\n${found.slice(0, 5).map(approvalLine).join('\n')}`,
      );
    }
    const view = found[0]!;
    const decided = await ctx.services.approvals.decide(
      ctx.actor,
      { appSlug: view.appSlug, runId: view.runId },
      { decision: input.decision, text: input.text, note: input.note },
    );
    const verb = input.decision === 'reject' ? 'Rejected' : input.decision === 'edit' ? 'Approved with your text' : 'Approved';
    return {
      summary: `${verb}: "${view.appName}" run ${view.runId} (step "${view.gates}"); ${DONE[decided.status] ?? decided.status}.${decided.status === 'error' && decided.error ? ` ${decided.error}` : ''}`,
      data: decided,
    };
  },
};
