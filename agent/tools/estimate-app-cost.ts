import { z } from 'zod';
import { NamedValueInputSchema, SlugInput } from './spec-inputs';

export const EstimateAppCostInputSchema = z.object({
  slug: SlugInput,
  runsPerMonth: z
    .number()
    .int()
    .min(0)
    .max(100_000_000)
    .nullable()
    .describe('Stated volume: runs per month (e.g. 3000 for ~100 a day); null = derived from schedule triggers, else 1000.'),
  sampleInputs: z
    .array(NamedValueInputSchema)
    .max(50)
    .nullable()
    .describe('Typical input values (name = input field) to size the prompts; null = typical lengths per field type.'),
  outputTokensPerStep: z.number().int().min(1).max(1_000_000).nullable().describe('Expected output tokens per text step; null = 500.'),
});
export type EstimateAppCostInput = z.infer<typeof EstimateAppCostInputSchema>;
