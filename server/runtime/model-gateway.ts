/**
 * Which provider serves a step's model, and whether it can really be called. Without the
 * key or base URL the runtime does a dry run through the same provider's `preview()`, so
 * nothing differs but the final call. PROVIDERS' `resolveProvider` decides; this file only
 * adapts the server's settings to it.
 */
import type { ModelFacts } from '../../agent/catalog/index';
import type { ModelBinding } from '../../agent/spec/app-spec';
import type { Provider } from '../../agent/providers/provider';
import type { SettingValues } from '../config/settings';

export interface ResolvedModel {
  provider: Provider;
  /** The model id the provider is asked for. */
  modelId: string;
  /** null when the call can be made; else the sentence naming the key or base URL that would make it real. */
  missing: string | null;
}

/** `facts` is null for a model an OpenAI-compatible server serves that the directory does not list. */
export type ModelResolver = (facts: ModelFacts | null, binding: ModelBinding, settings: SettingValues) => ResolvedModel;
