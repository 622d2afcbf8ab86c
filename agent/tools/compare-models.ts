import { z } from 'zod';
import { compareModels, findModel, type Comparison } from '../catalog';
import { today } from './load-app';
import type { Tool } from './tool';
import { WorkloadInputSchema, toWorkload } from './workload-input';

export const CompareModelsInputSchema = z.object({
  models: z
    .array(z.string().min(1).max(120))
    .min(2)
    .max(6)
    .describe('Model ids or aliases to compare side by side, e.g. ["gpt-5.1", "gemini-3-flash-preview"].'),
  workload: WorkloadInputSchema.nullable().describe('Price a typical workload on each model; null = list prices only.'),
});
export type CompareModelsInput = z.infer<typeof CompareModelsInputSchema>;

export const compareModelsTool: Tool<typeof CompareModelsInputSchema, Comparison> = {
  name: 'compare_models',
  description:
    'Compares two to six models from the model directory: prices, context window, capabilities, status and strengths, with computed difference sentences and, given a workload, what it costs on each.',
  input: CompareModelsInputSchema,
  minRole: 'viewer',
  async run(ctx, input) {
    const involvesImages = input.models.some((id) => findModel(id)?.kind === 'image');
    const workload = input.workload ? toWorkload(input.workload, involvesImages) : undefined;
    const comparison = compareModels(input.models, workload, { now: today(ctx) });
    const said = [...comparison.differences.slice(0, 3), ...comparison.costSummary.slice(0, 2)];
    return {
      summary: `Compared ${comparison.models.map((m) => m.id).join(', ')}. ${said.join(' ')}`.trim(),
      data: comparison,
    };
  },
};
