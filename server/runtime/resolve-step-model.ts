/** The default ModelResolver: the provider a binding names (or the directory lists), configured from settings. */
import { resolveProvider } from '../../agent/providers/index';
import type { ModelResolver } from './model-gateway';

export const resolveStepModel: ModelResolver = (facts, binding, settings) => {
  // resolveBinding only returns null facts for an openai-compatible binding.
  const resolved = resolveProvider({ provider: binding.provider ?? facts?.provider ?? 'openai-compatible' }, settings);
  return { provider: resolved.provider, modelId: facts?.id ?? binding.model, missing: resolved.ok ? null : resolved.message };
};
