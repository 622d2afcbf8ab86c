import type { CapabilityName, ModelKind, ModelProviderId } from './model-facts';

/** How capabilities read in sentences and tables. */
export const CAPABILITY_LABELS: Record<CapabilityName, string> = {
  functionCalling: 'function calling',
  structuredOutputs: 'structured outputs',
  streaming: 'streaming',
  fineTuning: 'fine-tuning',
  batch: 'batch API',
  reasoning: 'reasoning',
  reasoningLevels: 'reasoning levels',
  reasoningDefault: 'default reasoning level',
  thinkingBudgetTokens: 'thinking budget',
  searchGrounding: 'search grounding',
  codeExecution: 'code execution',
  urlContext: 'URL context',
  fileSearch: 'file search',
  mapsGrounding: 'Maps grounding',
  contextCaching: 'context caching',
  imageGeneration: 'image generation',
  imageEdits: 'image edits',
};

/** Capabilities that are yes/no flags (the rest describe levels or budgets). */
export const FLAG_CAPABILITIES = [
  'functionCalling',
  'structuredOutputs',
  'streaming',
  'reasoning',
  'imageGeneration',
  'imageEdits',
  'searchGrounding',
  'codeExecution',
  'urlContext',
  'fileSearch',
  'mapsGrounding',
  'contextCaching',
  'batch',
  'fineTuning',
] as const satisfies readonly CapabilityName[];

export const PROVIDER_NAMES: Record<ModelProviderId, string> = {
  openai: 'OpenAI',
  google: 'Google',
};

/** What a kind of model does, as a verb phrase. */
export const KIND_ROLES: Record<ModelKind, string> = {
  text: 'writes text',
  image: 'makes images',
  embedding: 'turns text into vectors for search',
};

/**
 * How two kinds of model work together in one workflow, keyed by the two kinds in
 * alphabetical order. Rules over kinds, so every pair of models of those kinds gets it.
 */
export const KIND_COMBINATIONS: Partial<Record<`${ModelKind}+${ModelKind}`, string>> = {
  'image+text': 'the text model writes or refines the prompt and captions, the image model draws',
  'embedding+text': 'the embedding model finds the relevant passages, the text model answers from them',
  'embedding+image': 'the embedding model finds matching records, the image model illustrates them',
};
