/** The default ModelResolver: the provider a binding names (or the directory lists), configured from settings. */
import { resolveProvider } from '../../agent/providers/index';
import type { ModelResolver } from './model-gateway';

export const resolveStepModel: ModelResolver = (facts, binding, settings) => {
  const resolved = resolveProvider({ provider: binding.provider ?? facts.provider }, settings);
  return { provider: resolved.provider, modelId: facts.id, missing: resolved.ok ? null : resolved.message };
};
