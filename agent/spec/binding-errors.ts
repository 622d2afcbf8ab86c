/** Refusals when a model is bound to an app or a step. Messages say what to pick instead. */
import type { ErrorKinds } from '../errors/error-kinds';
import { ToolwrightError } from '../errors/toolwright-error';
import type { StepNeed } from './step-needs';

/** A binding that cannot work: shut-down model, wrong provider, a step that uses no model. */
export class ModelBindingError extends ToolwrightError<'spec'> {
  readonly family = 'spec';

  constructor(
    message: string,
    readonly kind: Extract<ErrorKinds['spec'], 'invalid-binding' | 'capability-mismatch' | 'context-too-small'> = 'invalid-binding',
  ) {
    super(message);
  }
}

/** The model lacks something the step needs (text out, image out, image edits, structured output…). */
export class CapabilityError extends ModelBindingError {
  constructor(
    readonly model: string,
    readonly stepId: string,
    readonly missing: StepNeed[],
    /** Up to three model ids that have every need (not shut down, current first). */
    readonly suggestions: string[],
    message: string,
  ) {
    super(message, 'capability-mismatch');
  }
}
