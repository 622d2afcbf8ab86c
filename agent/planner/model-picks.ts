/**
 * Models wished for but not named ("the cheapest image model", "switch to Gemini") are
 * asked of recommend_model; this turns the wishes into its arguments and reads back its pick.
 */
import { findModel } from '../catalog';
import type { RecommendModelInput } from '../tools/recommend-model';
import type { ToolOutcome } from './conversation';
import { withoutModelNames, type ModelRole, type ModelWish } from './model-wishes';
import { resultRows, rowModelId } from './replies';

/** Wishes recommend_model answers: a superlative or a maker, not a model named (listed or not). */
export type RecommendableWish = Exclude<ModelWish, { kind: 'named' } | { kind: 'unlisted' }>;

export function recommendArgs(wish: RecommendableWish, said: string): RecommendModelInput {
  const task = withoutModelNames(said);
  return {
    task: (task || (wish.role === 'image' ? 'generate images' : 'write text')).slice(0, 1000),
    kind: wish.role,
    needs: null,
    minContextTokens: null,
    provider: wish.kind === 'family' ? wish.provider : null,
    preference: wish.kind === 'superlative' ? (wish.priority === 'cost' ? 'cheapest' : 'most-capable') : 'best-value',
    workload: null,
    limit: 3,
  };
}

/** The first model of the right kind in a recommend_model result, or null. */
export function pickFrom(outcome: ToolOutcome | undefined, role: ModelRole): string | null {
  if (!outcome?.ok) return null;
  for (const row of resultRows(outcome.data)) {
    const id = rowModelId(row);
    const model = id ? findModel(id) : null;
    if (model && (model.kind === 'image') === (role === 'image')) return model.id;
  }
  return null;
}

/** recommend_model outcomes since the user spoke, matched to the wishes in call order. */
export function recommendOutcomes(sinceUser: ToolOutcome[]): ToolOutcome[] {
  return sinceUser.filter((o) => o.name === 'recommend_model');
}
