/**
 * The model directory's contract: one `ModelFacts` entry per model, and the facts file
 * that holds them with its sources and as-of date. Every price is in USD; token prices
 * are per 1M tokens, image prices per image. `null` always means "unknown / not published
 * in the sources read", never "free" or "unsupported".
 *
 * @module
 */
import { z } from 'zod';

const usdPer1M = z.number().nonnegative();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD date');

export const ProviderIdSchema = z.enum(['openai', 'google']);
/** Who serves the model (the provider adapter that calls it). */
export type ModelProviderId = z.infer<typeof ProviderIdSchema>;

export const ModelKindSchema = z.enum(['text', 'image', 'embedding']);
/** What the model is for: text generation, image generation/editing, or embeddings. */
export type ModelKind = z.infer<typeof ModelKindSchema>;

export const ModalitySchema = z.enum(['text', 'image', 'audio', 'video', 'pdf', 'embedding']);
export type Modality = z.infer<typeof ModalitySchema>;

export const LifecycleStatusSchema = z.enum(['current', 'preview', 'deprecated', 'shutdown']);
/** `deprecated`: still callable, a shutdown is announced; `shutdown`: no longer callable. */
export type LifecycleStatus = z.infer<typeof LifecycleStatusSchema>;

/** Token prices for one processing tier (batch, flex, priority). USD per 1M tokens. */
export const TierPricesSchema = z.strictObject({
  /** Text input, USD per 1M tokens. */
  input: usdPer1M,
  /** Cached text input, USD per 1M tokens; absent when the tier has no cache price. */
  cachedInput: usdPer1M.optional(),
  /** Output, USD per 1M tokens. */
  output: usdPer1M,
  /** The same tier's prices for prompts above 200k tokens, where the provider tiers them. */
  above200k: z.strictObject({ input: usdPer1M, cachedInput: usdPer1M, output: usdPer1M }).optional(),
});
export type TierPrices = z.infer<typeof TierPricesSchema>;

/**
 * Prices for long prompts. When a single prompt has more than `thresholdInputTokens`
 * input tokens, the whole request (input, cached input and output) is billed at these rates.
 */
export const LongContextTierSchema = z.strictObject({
  /** Prompt size (input tokens) above which this tier applies. */
  thresholdInputTokens: z.number().int().positive(),
  /** The provider's wording of the rule, e.g. "prompt > 200k tokens". */
  appliesWhen: z.string(),
  /** Text input above the threshold, USD per 1M tokens. */
  input: usdPer1M,
  /** Cached input above the threshold, USD per 1M tokens. */
  cachedInput: usdPer1M,
  /** Output when the prompt is above the threshold, USD per 1M tokens. */
  output: usdPer1M,
});
export type LongContextTier = z.infer<typeof LongContextTierSchema>;

/**
 * Per-image output prices: quality → size → USD per generated image. Quality keys are the
 * provider's (`low|medium|high`, `standard|hd`, `1K_2K|4K`, or `flat` when there is one
 * price); size `any` means the price does not depend on the size.
 */
export const PerImagePricesSchema = z.record(z.string(), z.record(z.string(), z.number().nonnegative()));
export type PerImagePrices = z.infer<typeof PerImagePricesSchema>;

export const PricingSchema = z.strictObject({
  /** Always USD. */
  currency: z.literal('USD'),
  /** Token prices are USD per 1M tokens; `perImage` and `*PerImage`/`PerQuery` fields are per unit. */
  unit: z.literal('per_1M_tokens_unless_noted'),
  /** Text input, USD per 1M tokens (standard tier, prompts up to any long-context threshold); null when unknown. */
  input: usdPer1M.nullable(),
  /** Cached text input, USD per 1M tokens; null when unknown or not offered. */
  cachedInput: usdPer1M.nullable(),
  /** Text output (thinking tokens included), USD per 1M tokens; null when unknown. */
  output: usdPer1M.nullable(),
  /** Audio input, USD per 1M tokens; null when billed like text or unknown. */
  audioInput: usdPer1M.nullable(),
  /** Image input tokens (vision, image edits), USD per 1M tokens; null when billed like text or unknown. */
  imageInput: usdPer1M.nullable(),
  /** Cached image input tokens, USD per 1M tokens; null when unknown. */
  cachedImageInput: usdPer1M.nullable(),
  /** Image output tokens, USD per 1M tokens; null when unknown. `perImage` is the usual way to price images. */
  imageOutput: usdPer1M.nullable(),
  /** Input images billed per image, USD per input image; null when image input is billed by tokens. */
  inputImagePerImage: z.number().nonnegative().nullable(),
  /** Prices that replace the standard ones when a prompt passes a size threshold; null when the provider does not tier. */
  longContextTier: LongContextTierSchema.nullable(),
  /** Batch API prices, USD per 1M tokens; null when unknown or not offered. */
  batch: TierPricesSchema.nullable(),
  /** Flex processing prices, USD per 1M tokens; null when unknown or not offered. */
  flex: TierPricesSchema.nullable(),
  /** Priority processing prices, USD per 1M tokens; null when unknown or not offered. */
  priority: TierPricesSchema.nullable(),
  /** USD per generated image by quality and size; null for models that do not make images. */
  perImage: PerImagePricesSchema.nullable(),
  /** Where the per-image prices come from and what they cover; null when there are none. */
  perImageNote: z.string().nullable(),
  /** Search grounding, USD per query; null when unknown or not offered. */
  searchGroundingPerQuery: z.number().nonnegative().nullable(),
});
export type Pricing = z.infer<typeof PricingSchema>;

/** Capability flags: true = supported, false = documented as not supported, null = unknown. */
export const CapabilitiesSchema = z.strictObject({
  /** Tool / function calling. */
  functionCalling: z.boolean().nullable(),
  /** JSON-schema constrained output. */
  structuredOutputs: z.boolean().nullable(),
  /** Streamed responses. */
  streaming: z.boolean().nullable(),
  /** Provider-hosted fine-tuning. */
  fineTuning: z.boolean().nullable(),
  /** Batch API. */
  batch: z.boolean().nullable(),
  /** Thinks before answering (reasoning / thinking tokens). */
  reasoning: z.boolean().nullable(),
  /** Named reasoning effort / thinking levels the API accepts, e.g. ["low","medium","high"]; null when unknown or budget-based. */
  reasoningLevels: z.array(z.string()).nullable(),
  /** Level used when none is given; null when unknown. */
  reasoningDefault: z.string().nullable(),
  /** Thinking budget range in tokens, for models that take a budget instead of a level; null otherwise. */
  thinkingBudgetTokens: z.strictObject({ min: z.number().int().nonnegative(), max: z.number().int().positive() }).nullable(),
  /** Grounding answers with web search. */
  searchGrounding: z.boolean().nullable(),
  /** Built-in code execution tool. */
  codeExecution: z.boolean().nullable(),
  /** Reads URLs given in the prompt. */
  urlContext: z.boolean().nullable(),
  /** Built-in file search / retrieval tool. */
  fileSearch: z.boolean().nullable(),
  /** Grounding with maps data. */
  mapsGrounding: z.boolean().nullable(),
  /** Prompt / context caching (cached input is billed at `pricing.cachedInput`). */
  contextCaching: z.boolean().nullable(),
  /** Generates images. */
  imageGeneration: z.boolean().nullable(),
  /** Edits a given image (image in, image out). */
  imageEdits: z.boolean().nullable(),
});
export type Capabilities = z.infer<typeof CapabilitiesSchema>;
export type CapabilityName = keyof Capabilities;

export const LifecycleSchema = z.strictObject({
  /** Status as published on `source` at the time the facts were compiled; see `lifecycleStatus()` for the status today. */
  status: LifecycleStatusSchema,
  /** Day the model stops answering, YYYY-MM-DD; null when none is announced. */
  shutdownDate: isoDate.nullable(),
  /** Day the deprecation was announced, YYYY-MM-DD; null when unknown. */
  noticeDate: isoDate.nullable(),
  /** Where the status comes from (URL); null when no statement was found. */
  source: z.string().nullable(),
  /** When that source was read, YYYY-MM-DD; null when unknown. */
  sourceDate: isoDate.nullable(),
  /** Caveats about the status (conflicting sources, secondary quotes); null when none. */
  note: z.string().nullable(),
  /** The recommended replacement, with where that comes from; null when no source names one. */
  successor: z.strictObject({ id: z.string().min(1), source: z.string().min(1), sourceDate: isoDate }).nullable(),
});
export type Lifecycle = z.infer<typeof LifecycleSchema>;

/** A short selling point, with what it rests on. */
export const StrengthSchema = z.strictObject({
  /** Short phrase shown to people, e.g. "1M-token context window". */
  text: z.string().min(3).max(120),
  /** What makes it true: a ModelFacts field path (e.g. "capabilities.imageEdits") or a source URL. */
  basis: z.string().min(1),
});
export type Strength = z.infer<typeof StrengthSchema>;

export const ModelFactsSchema = z.strictObject({
  /** The provider's model id, as sent in API calls (e.g. "gemini-3.1-pro-preview"). */
  id: z.string().min(1),
  /** Human name, e.g. "GPT Image 1 mini". */
  displayName: z.string().min(1),
  /** Other names people use ("gemini 3.1 pro", "nano banana"); matched ignoring case, spaces, dashes and dots. */
  aliases: z.array(z.string().min(1)),
  /** Who serves the model. */
  provider: ProviderIdSchema,
  /** What the model is for. */
  kind: ModelKindSchema,
  /** What the model accepts. */
  inputModalities: z.array(ModalitySchema).min(1),
  /** What the model returns. */
  outputModalities: z.array(ModalitySchema).min(1),
  /** Total tokens (input + output) per request; null when unknown or not token-based. */
  contextWindow: z.number().int().positive().nullable(),
  /** Most input tokens per request; null when unknown. */
  maxInputTokens: z.number().int().positive().nullable(),
  /** Most output tokens per request; null when unknown. */
  maxOutputTokens: z.number().int().positive().nullable(),
  /** Default embedding vector length; null for non-embedding models. */
  embeddingDimensions: z.number().int().positive().nullable(),
  /** Range of embedding lengths the API accepts; null when fixed or unknown. */
  embeddingDimensionsSupported: z
    .strictObject({ min: z.number().int().positive(), max: z.number().int().positive(), recommended: z.array(z.number().int().positive()) })
    .nullable(),
  /** Prices (USD). */
  pricing: PricingSchema,
  /** What the model can do. */
  capabilities: CapabilitiesSchema,
  /** Strengths shown in comparisons; each grounded in a field of this entry or a cited source. */
  strengths: z.array(StrengthSchema),
  /** API endpoints that serve the model; null when unknown. */
  endpoints: z.array(z.string()).nullable(),
  /** Training-data cutoff, YYYY-MM or YYYY-MM-DD; null when unknown. */
  knowledgeCutoff: z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/)
    .nullable(),
  /** Release date (GA where there is one), YYYY-MM-DD; null when unknown. */
  releaseDate: isoDate.nullable(),
  /** Availability and announced shutdown. */
  lifecycle: LifecycleSchema,
  /** Dated / pinned ids that resolve to this entry; null when none are known. */
  snapshots: z.array(z.string().min(1)).nullable(),
  /** Main source of the entry (repo@commit:path#key or URL). */
  source: z.string().min(1),
  /** Sources for particular fields: field path(s) → source. */
  fieldSources: z.record(z.string(), z.string()),
  /** Caveats and disagreements between sources. */
  notes: z.array(z.string()),
});
export type ModelFacts = z.infer<typeof ModelFactsSchema>;

export const FactsSourceSchema = z.strictObject({
  /** Short id used in SOURCES.md. */
  id: z.string().min(1),
  /** machine-readable | provider-docs | secondary. */
  kind: z.string().min(1),
  repo: z.string().optional(),
  path: z.string().optional(),
  commit: z.string().optional(),
  urls: z.array(z.string()).optional(),
  /** When the source was current (free text: exact or inferred). */
  date: z.string().min(1),
  usedFor: z.string().min(1),
  note: z.string().optional(),
});
export type FactsSource = z.infer<typeof FactsSourceSchema>;

/** The facts file (agent/catalog/models.json). */
export const ModelFactsFileSchema = z.strictObject({
  /** Day the facts were compiled, YYYY-MM-DD. */
  as_of: isoDate,
  /** Where the figures come from. */
  sources: z.array(FactsSourceSchema).min(1),
  models: z.array(ModelFactsSchema).min(1),
});
export type ModelFactsFile = z.infer<typeof ModelFactsFileSchema>;
