/**
 * The provider registry — one factory per ProviderId, checked by the compiler — and
 * `resolveProvider`, which picks the provider for a model-directory entry and says which
 * key or base URL is missing for a real call (the runtime then does a dry run through the
 * same provider's `preview()`, so nothing differs but the final call).
 */
import { missingSetting, providerConfig, type MissingSetting, type ProviderSettings } from './config';
import { createGeminiProvider } from './gemini';
import { createOpenAIProvider } from './openai';
import { createOpenAICompatibleProvider } from './openai-compatible';
import { createPlannerProvider } from './planner';
import type { Provider, ProviderConfig, ProviderFactory, ProviderId } from './provider';

export const providerFactories: Record<ProviderId, ProviderFactory> = {
  openai: createOpenAIProvider,
  google: createGeminiProvider,
  'openai-compatible': createOpenAICompatibleProvider,
  planner: createPlannerProvider,
};

export type ResolvedProvider =
  | { ok: true; provider: Provider }
  | {
      ok: false;
      /** The same provider, for `preview()`: a dry run shows exactly what a real run would send. */
      provider: Provider;
      /** The environment variable / setting that would make it real. */
      missing: MissingSetting;
      /** A sentence for people, naming that setting. */
      message: string;
    };

/** Retry and timeout knobs passed to every provider made here. */
export type CallPolicy = Pick<ProviderConfig, 'timeoutMs' | 'maxRetries' | 'retryDelay'>;

/**
 * The provider for a model (a ModelFacts entry, or just `{ provider }`) with the settings'
 * key and base URL. `ok: false` when a real call is impossible without a missing setting.
 */
export function resolveProvider(model: { provider: ProviderId }, settings: ProviderSettings, policy: CallPolicy = {}): ResolvedProvider {
  const provider = providerFactories[model.provider]({ ...providerConfig(model.provider, settings), ...policy });
  const missing = missingSetting(model.provider, settings);
  return missing ? { ok: false, provider, ...missing } : { ok: true, provider };
}

export { ProviderError, type ProviderErrorKind } from './errors';
export { readProviderSettings, type MissingSetting, type ProviderSettings } from './config';
export { createGeminiProvider, createOpenAIProvider, createOpenAICompatibleProvider };
