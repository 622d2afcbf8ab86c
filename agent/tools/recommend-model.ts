import { z } from 'zod';
import { recommendModels, requirementsFromTask, type RecommendationResult, type Requirements } from '../catalog';
import { today } from './load-app';
import type { Tool } from './tool';
import { WorkloadInputSchema, toWorkload } from './workload-input';

export const ModelNeedSchema = z.enum(['function-calling', 'structured-output', 'image-input', 'image-edit']);

export const RecommendModelInputSchema = z.object({
  task: z
    .string()
    .max(2000)
    .nullable()
    .describe(
      'What the model will do, in plain words (e.g. "answer questions over 300-page contracts, 2,000 a month"); needs, volume and preference are read from it. null = use only the fields below.',
    ),
  kind: z.enum(['text', 'image', 'embedding']).nullable().describe('Kind of model the output needs; null = read from the task.'),
  needs: z.array(ModelNeedSchema).max(4).nullable().describe('Capabilities the model must have; null = read from the task.'),
  minContextTokens: z
    .number()
    .int()
    .min(1)
    .max(100_000_000)
    .nullable()
    .describe('Smallest acceptable input limit in tokens (one prompt must fit); null = read from the task.'),
  provider: z.enum(['openai', 'google']).nullable().describe('Only this provider; null = any.'),
  preference: z
    .enum(['cheapest', 'most-capable', 'best-value'])
    .nullable()
    .describe(
      'How to rank: cheapest for the volume, most capable, or best value (cheapest of the nearly-best); null = from the task, else best-value.',
    ),
  workload: WorkloadInputSchema.nullable().describe('Volume to price each candidate at; null = from the task, else a typical default.'),
  limit: z.number().int().min(1).max(10).nullable().describe('How many models to return; null = 3.'),
});
export type RecommendModelInput = z.infer<typeof RecommendModelInputSchema>;

const NEED_KEYS = {
  'function-calling': 'functionCalling',
  'structured-output': 'structuredOutput',
  'image-input': 'imageInput',
  'image-edit': 'imageEdit',
} as const;

/** The task's reading, overridden by every field the caller stated. */
function requirementsOf(input: RecommendModelInput): { requirements: Requirements; understood: string[] } {
  const fromTask = input.task ? requirementsFromTask(input.task) : { requirements: {}, understood: [] };
  const stated: Requirements = {
    ...(input.kind ? { outputKind: input.kind } : {}),
    ...Object.fromEntries((input.needs ?? []).map((n) => [NEED_KEYS[n], true])),
    ...(input.minContextTokens !== null ? { minContextTokens: input.minContextTokens } : {}),
    ...(input.provider ? { provider: input.provider } : {}),
    ...(input.preference ? { preference: input.preference } : {}),
    ...(input.workload ? { workload: toWorkload(input.workload, input.kind === 'image') } : {}),
  };
  return { requirements: { ...fromTask.requirements, ...stated, limit: input.limit ?? 3 }, understood: fromTask.understood };
}

export const recommendModelTool: Tool<typeof RecommendModelInputSchema, RecommendationResult & { understood: string[] }> = {
  name: 'recommend_model',
  description:
    'Recommends models from the model directory for a task: hard requirements (kind, capabilities, context size, provider) filter, then a stated preference ranks, each with reasons, warnings and the cost of the volume. Use it for "which model fits…?".',
  input: RecommendModelInputSchema,
  minRole: 'viewer',
  async run(ctx, input) {
    const { requirements, understood } = requirementsOf(input);
    const result = recommendModels(requirements, { now: today(ctx) });
    const top = result.recommendations.map((r) => `${r.rank}. ${r.modelId}${r.reasons[0] ? ` (${r.reasons[0]})` : ''}`);
    return {
      summary: `${result.rule} ${top.join(' ')}`.trim(),
      data: { ...result, understood },
    };
  },
};
