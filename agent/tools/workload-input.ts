/** A typical request, described for cost estimates and comparisons (compare_models, recommend_model). */
import { z } from 'zod';
import type { Workload } from '../catalog';
import { ImageQualitySchema, ImageSizeSchema } from '../spec/app-spec';

export const WorkloadInputSchema = z
  .object({
    inputTokens: z.number().int().min(0).max(10_000_000).nullable().describe('Prompt tokens per request (text models); null = 1000.'),
    outputTokens: z.number().int().min(0).max(1_000_000).nullable().describe('Output tokens per request (text models); null = 500.'),
    images: z
      .number()
      .int()
      .min(0)
      .max(100)
      .nullable()
      .describe('Images generated per request; null = 1 when image models are involved, else 0.'),
    imageQuality: ImageQualitySchema.nullable().describe('Quality of generated images; null = medium.'),
    imageSize: ImageSizeSchema.nullable().describe('Size of generated images; null = 1024x1024.'),
    requests: z
      .number()
      .int()
      .min(1)
      .max(100_000_000)
      .nullable()
      .describe('How many requests to price, e.g. a month (1000 for "what would 1,000 images cost"); null = one request.'),
  })
  .meta({ id: 'Workload' });
export type WorkloadInput = z.infer<typeof WorkloadInputSchema>;

/** The catalog's workload, with the documented defaults applied. */
export function toWorkload(input: WorkloadInput, involvesImages: boolean): Workload {
  return {
    inputTokens: input.inputTokens ?? 1000,
    outputTokens: input.outputTokens ?? 500,
    images: input.images ?? (involvesImages ? 1 : 0),
    imageQuality: input.imageQuality ?? 'medium',
    imageSize: input.imageSize ?? '1024x1024',
    ...(input.requests !== null ? { requestsPerMonth: input.requests } : {}),
  };
}
