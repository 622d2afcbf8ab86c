/** The model directory: facts, lookup, lifecycle, cost, comparison and recommendation. */
export * from './model-facts';
export * from './errors';
export { normalizeModelName } from './model-name';
export { lifecycleStatus, isShutDown, daysUntilShutdown, describeLifecycle } from './lifecycle';
export {
  createCatalog,
  parseFactsFile,
  getCatalog,
  findModel,
  requireModel,
  listModels,
  type Catalog,
  type ModelFilter,
} from './catalog';
export { estimateCost, type CostEstimate, type CostLine, type EstimateOptions } from './cost';
export { WorkloadSchema, parseWorkload, type Workload } from './workload';
export { contextFit, inputLimit, type ContextFit } from './context-fit';
export { countTokens, countTextTokens, GEMINI_CHARS_PER_TOKEN, type TokenCount, type TokenCountMethod } from './tokens';
export { imagePriceEntries, imagePriceRange, resolveImagePrice, type ImagePrice } from './image-price';
export { formatUsd, formatCount, formatTokensShort } from './money';
export { compareModels, atAGlance, type Comparison, type ComparisonModel, type ComparisonRow, type CompareOptions } from './compare';
export { pairDifferences, lifecycleSentences, priceSentence } from './differences';
export {
  inputPriceText,
  outputPriceText,
  cachedInputPriceText,
  batchPriceText,
  perImagePriceText,
} from './price-text';
export { CAPABILITY_LABELS, FLAG_CAPABILITIES, PROVIDER_NAMES, KIND_ROLES } from './vocabulary';
export { joinWords } from './words';
export { RequirementsSchema, PreferenceSchema, type Requirements, type Preference } from './requirements';
export {
  recommendModels,
  parseRequirements,
  BEST_VALUE_BAR,
  type Recommendation,
  type RecommendationResult,
  type RecommendOptions,
} from './recommend';
export { capabilityScore, type CapabilityScore } from './capability-score';
export { describeWorkload } from './workload';
export {
  requirementsFromTask,
  TOKENS_PER_PAGE,
  TOKENS_PER_WORD,
  ASSUMED_REQUESTS_PER_MONTH,
  type TaskRequirements,
} from './task-requirements';
export { liveSuccessor } from './successor';
export { priceDataInfo, priceDataLabel, type PriceDataInfo } from './price-data';
export { relatedComparisons, headlinePrice, type RelatedComparison } from './related';
export { compareFaqs, type Faq } from './compare-faqs';
export { openWeightFamilies, RUNS_ON_YOUR_SERVER, type OpenWeightFamily } from './open-weight';
