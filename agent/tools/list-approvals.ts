/** Runs waiting for a person at an approval step, that the caller can see: what waits, for whom, until when. */
import { aRole } from '../spec/approval-step';
import { z } from 'zod';
import { matchApprovals } from './approval-match';
import type { PendingApprovalView } from './approval-services';
import { SlugInput } from './spec-inputs';
import type { Tool } from './tool';
import { ToolError } from './tool-error';

export const ListApprovalsInputSchema = z.object({
  app: SlugInput.nullable().describe('Only this app (its slug); null = every app you can see.'),
  about: z.string().max(200).nullable().describe('Words that pick runs by their inputs or pending text, e.g. "ticket 42"; null = all.'),
});
export type ListApprovalsInput = z.infer<typeof ListApprovalsInputSchema>;

/** One line per waiting run, as the chat shows it. */
export function approvalLine(view: PendingApprovalView): string {
  const inputs = Object.entries(view.inputs)
    .slice(0, 3)
    .map(([name, value]) => `${name}: ${String(value).slice(0, 60)}`)
    .join(', ');
  return `"${view.appName}" run ${view.runId} (${inputs}) waits for ${aRole(view.role)} or above at "${view.stepId}"`;
}

export const listApprovalsTool: Tool<typeof ListApprovalsInputSchema, { items: PendingApprovalView[] }> = {
  name: 'list_approvals',
  description:
    'Lists runs paused at an approval step that you can see: the app, the run id, its inputs, the pending output, the role that may decide and the deadline. Use decide_approval to approve, edit or reject one.',
  input: ListApprovalsInputSchema,
  minRole: 'viewer',
  async run(ctx, input) {
    if (!ctx.services)
      throw new ToolError('refused', 'Waiting runs are kept by the Toolwright server; open an app page or use GET /api/approvals.');
    const all = await ctx.services.approvals.list(ctx.actor, input.app);
    const items = input.about ? matchApprovals(all, input.about) : all;
    const summary =
      items.length === 0
        ? 'No run is waiting for approval.'
        : `${items.length} run${items.length === 1 ? ' waits' : 's wait'} for approval:\n${items.map(approvalLine).join('\n')}`;
    return { summary, data: { items } };
  },
};
