/** The default ModelResolver: the provider a binding names (or the directory lists), configured from settings. */
import { missingSetting, providerConfig } from '../../agent/providers/config';
import { createGeminiProvider } from '../../agent/providers/gemini/index';
import { createOpenAICompatibleProvider } from '../../agent/providers/openai-compatible';
import { createOpenAIProvider } from '../../agent/providers/openai/index';
import type { ProviderFactory } from '../../agent/providers/provider';
import type { ModelResolver } from './model-gateway';

const FACTORIES = { openai: createOpenAIProvider, google: createGeminiProvider, 'openai-compatible': createOpenAICompatibleProvider } satisfies Record<
  string,
  ProviderFactory
>;

export const resolveStepModel: ModelResolver = (facts, binding, settings) => {
  const providerId = binding.provider ?? facts.provider;
  return {
    provider: FACTORIES[providerId](providerConfig(providerId, settings)),
    modelId: facts.id,
    missing: missingSetting(providerId, settings)?.message ?? null,
  };
};
