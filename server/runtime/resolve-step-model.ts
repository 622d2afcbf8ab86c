/** The default ModelResolver: the provider a binding names (or the directory lists), configured from settings. */
import { createGeminiProvider } from '../../agent/providers/gemini/index';
import { createOpenAICompatibleProvider } from '../../agent/providers/openai-compatible';
import { createOpenAIProvider } from '../../agent/providers/openai/index';
import type { ModelResolver } from './model-gateway';

export const resolveStepModel: ModelResolver = (facts, binding, settings) => {
  const providerId = binding.provider ?? facts.provider;
  switch (providerId) {
    case 'openai':
      return {
        provider: createOpenAIProvider({ apiKey: settings.openaiApiKey, baseURL: settings.openaiBaseUrl }),
        modelId: facts.id,
        missing: settings.openaiApiKey ? null : `Set OPENAI_API_KEY (environment or Settings) to run ${facts.id} for real.`,
      };
    case 'google':
      return {
        provider: createGeminiProvider({ apiKey: settings.geminiApiKey, baseURL: settings.geminiBaseUrl }),
        modelId: facts.id,
        missing: settings.geminiApiKey ? null : `Set GEMINI_API_KEY (environment or Settings) to run ${facts.id} for real.`,
      };
    case 'openai-compatible':
      return {
        provider: createOpenAICompatibleProvider({ apiKey: settings.openaiCompatibleApiKey, baseURL: settings.openaiCompatibleBaseUrl }),
        modelId: facts.id,
        missing: settings.openaiCompatibleBaseUrl
          ? null
          : `Set OPENAI_COMPATIBLE_BASE_URL (e.g. http://127.0.0.1:11434/v1 for Ollama) to run ${facts.id} on your own server.`,
      };
  }
};
