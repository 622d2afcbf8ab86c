/** One-line descriptions of a model, computed from its facts (no marketing copy to keep). */
import { describeLifecycle, formatCount, KIND_ROLES, PROVIDER_NAMES, type ModelFacts } from '../../agent/catalog';
import { formatImageRange } from './model-summary';

/** "OpenAI image model: text, image → image; $0.005–$0.052 per image; shut down on 2026-12-01." */
export function oneLineDescription(model: ModelFacts, now: Date): string {
  const io = `${model.inputModalities.join(', ')} → ${model.outputModalities.join(', ')}`;
  const context = model.contextWindow ? `${formatCount(model.contextWindow)}-token context` : null;
  const images = formatImageRange(model);
  const price =
    images !== '—'
      ? `${images} per image`
      : model.pricing.input !== null
        ? `$${model.pricing.input} in${model.pricing.output !== null ? ` / $${model.pricing.output} out` : ''} per 1M tokens`
        : null;
  const parts = [context, price, describeLifecycle(model, now)].filter((p): p is string => p !== null);
  return `${PROVIDER_NAMES[model.provider]} ${model.kind} model that ${KIND_ROLES[model.kind]} (${io}); ${parts.join('; ')}.`;
}
