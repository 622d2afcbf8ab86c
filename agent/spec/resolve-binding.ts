/** The model a binding runs on, by the rule the binding check and the runtime share. */
import { findModel, requireModel, type ModelFacts } from '../catalog';
import type { ModelBinding } from './app-spec';

/**
 * The directory entry a binding runs on. An OpenAI-compatible server may serve a model the
 * directory does not list (llama3.1:8b on Ollama): that binds and runs with facts null, its
 * capabilities and prices unknown. Any other unknown id throws UnknownModelError.
 */
export function resolveBinding(binding: Pick<ModelBinding, 'model' | 'provider'>): ModelFacts | null {
  return binding.provider === 'openai-compatible' ? findModel(binding.model) : requireModel(binding.model);
}
