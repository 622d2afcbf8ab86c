import { ModelBindingError } from './binding-errors';

/** A bound model's input limit is smaller than a step's stated input; the message names the model, both sizes and models that fit. */
export class ContextFitError extends ModelBindingError {
  constructor(
    readonly model: string,
    readonly stepId: string,
    readonly estimatedTokens: number,
    readonly limit: number,
    /** Model ids whose input limit takes the estimate and that can run the step. */
    readonly suggestions: string[],
    message: string,
  ) {
    super(message, 'context-too-small');
  }
}
