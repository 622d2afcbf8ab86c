/**
 * The error a port (and so every store adapter) raises; agent/errors/outcomes.ts maps its
 * kind to a status and a tool outcome.
 */
import type { StoreErrorKind } from '../errors/error-kinds';
import { ToolwrightError } from '../errors/toolwright-error';

export class StoreError extends ToolwrightError<'store'> {
  readonly family = 'store';

  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
