import { z } from 'zod';
import { ModelKindSchema, ProviderIdSchema } from './model-facts';
import { WorkloadSchema } from './workload';

export const PreferenceSchema = z.enum(['cheapest', 'most-capable', 'best-value']);
/**
 * How candidates are ranked: `cheapest` by the workload's monthly cost; `most-capable` by
 * capability score; `best-value` = the cheapest of the candidates whose capability score is
 * at least 80% of the best one's.
 */
export type Preference = z.infer<typeof PreferenceSchema>;

/** Hard requirements (a model either meets them or is left out) and how to rank the rest. */
export const RequirementsSchema = z.strictObject({
  /** What the model must produce. */
  outputKind: ModelKindSchema.optional(),
  /** Smallest acceptable input limit, in tokens (one prompt must fit). */
  minContextTokens: z.number().int().positive().optional(),
  /** Must support function / tool calling. */
  functionCalling: z.boolean().optional(),
  /** Must support structured (JSON-schema) output. */
  structuredOutput: z.boolean().optional(),
  /** Must accept images as input. */
  imageInput: z.boolean().optional(),
  /** Must edit given images. */
  imageEdit: z.boolean().optional(),
  /** Only this provider's models. */
  provider: ProviderIdSchema.optional(),
  /** Most USD one request may cost on the workload (a ceiling "per 1,000" is divided by 1,000). */
  maxCostPerRequest: z.number().nonnegative().optional(),
  /** Leave out models already shut down (default true). */
  excludeShutDown: z.boolean().optional(),
  /** Ranking; default best-value. */
  preference: PreferenceSchema.optional(),
  /** Volume to price, per request with requestsPerMonth; a default per kind is assumed when absent. */
  workload: WorkloadSchema.optional(),
  /** How many ranked models to return (default 5). */
  limit: z.number().int().positive().max(50).optional(),
});
export type Requirements = z.infer<typeof RequirementsSchema>;
