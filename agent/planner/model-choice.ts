/** The models a new app gets: named by the person, picked by recommend_model, or left to defaults. */
import type { ModelBindingInput } from '../tools/spec-inputs';

export interface ModelChoice {
  /** Text model id for the app's default binding; null = create_app's default. */
  text: string | null;
  /** Image model id for image steps; null = create_app binds a fitting image model. */
  image: string | null;
}

export function binding(model: string): ModelBindingInput {
  return { model, provider: null, options: null };
}
