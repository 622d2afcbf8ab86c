/** What each step kind needs from its model, and whether a directory entry has it. */
import type { ModelFacts } from '../catalog';
import type { StepKind } from './app-spec';

export type StepNeed = 'text generation' | 'structured output' | 'image generation' | 'image editing' | 'thinking';

/** Needs per step kind; `null` = the step runs without a model. */
export const STEP_NEEDS: Record<StepKind, readonly StepNeed[] | null> = {
  'generate-text': ['text generation'],
  // Fields and labels come back as JSON constrained by a schema.
  extract: ['text generation', 'structured output'],
  classify: ['text generation', 'structured output'],
  'generate-image': ['image generation'],
  'edit-image': ['image generation', 'image editing'],
  'save-record': null,
  'call-webhook': null,
  notify: null,
  approval: null,
  retrieve: null,
};

/** Only documented support counts; `null` (unknown) in the directory is treated as missing. */
export function modelHas(model: ModelFacts, need: StepNeed): boolean {
  switch (need) {
    case 'text generation':
      return model.kind === 'text' && model.outputModalities.includes('text');
    case 'structured output':
      return model.capabilities.structuredOutputs === true;
    case 'image generation':
      return model.outputModalities.includes('image') && model.capabilities.imageGeneration !== false;
    case 'image editing':
      return model.capabilities.imageEdits === true && model.inputModalities.includes('image');
    case 'thinking':
      return model.capabilities.reasoning === true;
  }
}
