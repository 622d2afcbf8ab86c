/** A typical request, described for cost estimates and comparisons (compare_models). */
import { z } from 'zod';
import { ImageQualitySchema, ImageSizeSchema } from '../spec/app-spec';

export const WorkloadInputSchema = z.object({
  inputTokens: z.number().int().min(0).max(10_000_000).nullable().describe('Prompt tokens per request (text models); null = 1000.'),
  outputTokens: z.number().int().min(0).max(1_000_000).nullable().describe('Output tokens per request (text models); null = 500.'),
  images: z.number().int().min(0).max(100).nullable().describe('Images generated per request (image models); null = 1.'),
  imageQuality: ImageQualitySchema.nullable().describe('Quality of generated images; null = medium.'),
  imageSize: ImageSizeSchema.nullable().describe('Size of generated images; null = 1024x1024.'),
  requests: z
    .number()
    .int()
    .min(1)
    .max(100_000_000)
    .nullable()
    .describe('How many requests to price (e.g. 1000 for "what would 1,000 images cost"); null = 1.'),
});
export type WorkloadInput = z.infer<typeof WorkloadInputSchema>;
