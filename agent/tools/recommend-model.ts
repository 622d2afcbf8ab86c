import { z } from 'zod';

export const ModelCapabilityInputSchema = z.enum([
  'text-output',
  'image-output',
  'image-input',
  'image-edit',
  'structured-output',
  'function-calling',
  'thinking',
  'search-grounding',
  'long-context',
]);

export const RecommendModelInputSchema = z.object({
  task: z.string().min(1).max(1000).describe('What the model will do, in plain words, e.g. "answer questions over 300-page contracts".'),
  kind: z.enum(['text', 'image', 'embedding']).nullable().describe('Kind of model wanted; null = inferred from the task.'),
  needs: z
    .array(ModelCapabilityInputSchema)
    .max(9)
    .nullable()
    .describe('Capabilities the model must have; null = inferred from the task.'),
  minContextTokens: z.number().int().min(0).max(100_000_000).nullable().describe('Smallest context window acceptable, in tokens; null = any.'),
  provider: z.enum(['openai', 'google']).nullable().describe('Only this provider; null = any.'),
  priority: z.enum(['cost', 'quality', 'balanced']).nullable().describe('What matters most; null = balanced.'),
  limit: z.number().int().min(1).max(10).nullable().describe('How many models to return; null = 3.'),
});
export type RecommendModelInput = z.infer<typeof RecommendModelInputSchema>;
