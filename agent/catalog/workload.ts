import { z } from 'zod';
import { CostInputError } from './errors';

const volume = (what: string) => z.number().nonnegative().describe(what).optional();

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
  const shown =
    typeof got === 'number' || typeof got === 'string' ? `; got ${typeof got === 'string' ? JSON.stringify(got) : String(got)}` : '';
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

/** "1,000 requests a month × 2,000 input + 500 output tokens", "1,000 images a month (medium 1024x1024)". */
export function describeWorkload(w: Workload): string {
  const parts: string[] = [];
  const count = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const tokens = [
    w.inputTokens ? `${count(w.inputTokens)} input` : null,
    w.cachedInputTokens ? `${count(w.cachedInputTokens)} cached` : null,
    w.imageInputTokens ? `${count(w.imageInputTokens)} image-input` : null,
    w.outputTokens ? `${count(w.outputTokens)} output` : null,
  ].filter((s): s is string => s !== null);
  if (tokens.length > 0) parts.push(`${tokens.join(' + ')} tokens`);
  if (w.promptText !== undefined) parts.push(`a ${count(w.promptText.length)}-character prompt`);
  if (w.inputImages) parts.push(`${count(w.inputImages)} input image${w.inputImages === 1 ? '' : 's'}`);
  if (w.images) {
    const spec = [w.imageQuality, w.imageSize].filter(Boolean).join(' ');
    parts.push(`${count(w.images)} image${w.images === 1 ? '' : 's'}${spec ? ` (${spec})` : ''}`);
  }
  const what = parts.length > 0 ? parts.join(', ') : 'nothing';
  const batch = w.batch ? ', batch' : '';
  if (w.requestsPerMonth === undefined) return `${what}${batch}`;
  return `${count(w.requestsPerMonth)} requests a month × ${what}${batch}`;
}
