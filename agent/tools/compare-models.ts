import { z } from 'zod';
import { WorkloadInputSchema } from './workload-input';

export const CompareModelsInputSchema = z.object({
  models: z
    .array(z.string().min(1).max(120))
    .min(2)
    .max(6)
    .describe('Model ids or aliases to compare side by side, e.g. ["gpt-5.1", "gemini-3-flash-preview"].'),
  workload: WorkloadInputSchema.nullable().describe('Price a typical workload for each model; null = list prices only.'),
});
export type CompareModelsInput = z.infer<typeof CompareModelsInputSchema>;
