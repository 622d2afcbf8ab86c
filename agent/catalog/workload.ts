import { z } from 'zod';
import { CostInputError } from './errors';

const volume = (what: string) =>
  z.number().nonnegative().describe(what).optional();

/**
 * What a workload does, per request, and how many requests a month. Token and image
 * volumes are per request because long-context tiers are decided per prompt.
 */
export const WorkloadSchema = z.strictObject({
  /** Requests per month; when given, totals are monthly, otherwise for one request. */
  requestsPerMonth: volume('requests per month'),
  /** Text input tokens per request, not served from cache. */
  inputTokens: volume('text input tokens per request'),
  /** Input tokens per request served from the provider cache. */
  cachedInputTokens: volume('cached input tokens per request'),
  /** Output tokens per request (thinking included). */
  outputTokens: volume('output tokens per request'),
  /** Image tokens in the prompt per request (image edits, vision). */
  imageInputTokens: volume('image input tokens per request'),
  /** Input images per request, for models that price input images per image. */
  inputImages: volume('input images per request'),
  /** Images generated per request. */
  images: volume('images generated per request'),
  /** Image quality key of the model's per-image table (low, medium, high, standard, hd, 1K_2K, 4K). */
  imageQuality: z.string().min(1).max(20).optional(),
  /** Image size key, e.g. "1024x1024". */
  imageSize: z.string().min(1).max(20).optional(),
  /** Use Batch API prices where the model has them. */
  batch: z.boolean().optional(),
  /** Prompt text whose tokens are counted and added to `inputTokens`. */
  promptText: z.string().max(5_000_000).optional(),
});
export type Workload = z.infer<typeof WorkloadSchema>;

/** Validates a workload; a bad field becomes a CostInputError naming it. */
export function parseWorkload(input: unknown): Workload {
  const result = WorkloadSchema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = String(issue?.path[0] ?? 'workload');
  const got = issue && issue.path.length > 0 ? valueAt(input, field) : input;
  if (issue?.code === 'unrecognized_keys') {
    throw new CostInputError(field, `Unknown workload field ${issue.keys.map((k) => `"${k}"`).join(', ')}; remove it.`);
  }
  const shown = typeof got === 'number' || typeof got === 'string' ? `; got ${typeof got === 'string' ? JSON.stringify(got) : String(got)}` : '';
  const described = fieldDescription(field);
  if (described) {
    throw new CostInputError(field, `The workload's "${field}" (${described}) must be a finite number of zero or more${shown}.`);
  }
  throw new CostInputError(field, `The workload's "${field}" is invalid: ${issue?.message ?? 'unexpected value'}${shown}.`);
}

function fieldDescription(field: string): string | undefined {
  const schema = (WorkloadSchema.shape as Record<string, z.ZodType | undefined>)[field];
  if (!(schema instanceof z.ZodOptional)) return undefined;
  const inner = schema.unwrap();
  return inner instanceof z.ZodNumber ? (inner.description ?? undefined) : undefined;
}

function valueAt(input: unknown, field: string): unknown {
  return typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[field] : undefined;
}
