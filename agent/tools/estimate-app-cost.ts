import { z } from 'zod';
import { formatCount, formatUsd } from '../catalog';
import { estimateAppCost, type AppCost } from './app-cost';
import { loadApp, today } from './load-app';
import { NamedValueInputSchema, SlugInput } from './spec-inputs';
import type { Tool } from './tool';

export const EstimateAppCostInputSchema = z.object({
  slug: SlugInput,
  runsPerMonth: z
    .number()
    .int()
    .min(0)
    .max(100_000_000)
    .nullable()
    .describe(
      "Stated volume: runs per month (e.g. 3000 for ~100 a day); null = from the app's stated workload, else its schedule triggers, else 1000.",
    ),
  sampleInputs: z
    .array(NamedValueInputSchema)
    .max(50)
    .nullable()
    .describe('Typical input values (name = input field) to size the prompts; null = typical lengths per field type.'),
  outputTokensPerStep: z.number().int().min(1).max(1_000_000).nullable().describe('Expected output tokens per text step; null = 500.'),
});
export type EstimateAppCostInput = z.infer<typeof EstimateAppCostInputSchema>;

const VOLUME_WORDS: Record<AppCost['volume'], string> = {
  stated: 'as stated',
  workload: "from the app's stated workload",
  schedule: 'from its schedule',
  assumed: 'assumed; give runsPerMonth for your volume',
};

export const estimateAppCostTool: Tool<typeof EstimateAppCostInputSchema, AppCost & { slug: string; version: number }> = {
  name: 'estimate_app_cost',
  description:
    "Estimates what an app costs per run and per month, from its own prompts (token-counted for each bound model) and its bound models' prices in the directory, for a stated monthly volume.",
  input: EstimateAppCostInputSchema,
  minRole: 'viewer',
  async run(ctx, input) {
    const app = await loadApp(ctx, input.slug);
    const cost = estimateAppCost(app.spec, {
      runsPerMonth: input.runsPerMonth,
      samples: new Map((input.sampleInputs ?? []).map((v) => [v.name, v.value])),
      outputTokensPerStep: input.outputTokensPerStep,
      now: today(ctx),
    });
    const priciest = [...cost.steps].sort((a, b) => b.perRun - a.perRun)[0];
    const lower = cost.complete ? '' : ' (a lower bound: some parts could not be priced)';
    const sized = cost.documentSize ? ` Each document is priced at the stated ${cost.documentSize}.` : '';
    const top = priciest && priciest.perRun > 0 ? ` Most of it is step ${priciest.stepId} on ${priciest.model}.` : '';
    return {
      summary: `${app.slug}: about ${formatUsd(cost.perRun)} per run and ${formatUsd(cost.perMonth)} a month at ${formatCount(cost.runsPerMonth)} runs (${VOLUME_WORDS[cost.volume]})${lower}.${sized}${top}`,
      data: { slug: app.slug, version: app.version, ...cost },
    };
  },
};
