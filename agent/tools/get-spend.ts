import { z } from 'zod';
import { spendReport, type SpendReport } from '../spend/spend-report';
import type { Tool } from './tool';

export const GetSpendInputSchema = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month as YYYY-MM, e.g. 2026-11')
    .nullable()
    .describe('The calendar month (UTC) as YYYY-MM; null = this month.'),
});

export const getSpendTool: Tool<typeof GetSpendInputSchema, SpendReport> = {
  name: 'get_spend',
  description:
    'What the workspace spent on models in a month (app runs, trials and the builder agent\'s own turns): the total and last month\'s, per app (the costliest first), per model, per day, the projection to month\'s end and each budget with what is left. Answers "what did we spend this month" and "which app costs most".',
  input: GetSpendInputSchema,
  minRole: 'editor',
  readOnly: true,
  async run(ctx, input) {
    // The wall clock, not ctx.clock (the day lifecycles are judged on): spend is stamped with real time.
    const report = await spendReport(ctx.store, ctx.actor.workspaceId, new Date(), input.month ?? undefined);
    return { summary: report.summary, data: report };
  },
};
