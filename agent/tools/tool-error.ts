/**
 * Errors a tool call ends with that the caller can fix: bad input, an unknown app or tool, a
 * refused change. The loop hands them back to the model as a tool result; HTTP maps `kind`
 * to a 4xx status. Infrastructure faults (StoreError unavailable/corrupt) are not wrapped.
 */
import type { ToolErrorKind } from '../errors/error-kinds';
import { ToolwrightError } from '../errors/toolwright-error';

export type { ToolErrorKind } from '../errors/error-kinds';

export class ToolError extends ToolwrightError<'tool'> {
  readonly family = 'tool';

  constructor(
    readonly kind: ToolErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface ToolInputIssue {
  /** Field path, e.g. `steps[0].prompt` (empty for the input as a whole). */
  path: string;
  message: string;
}

/** The input does not match the tool's zod schema; the message names each field at fault. */
export class ToolInputError extends ToolError {
  constructor(
    readonly tool: string,
    readonly issues: ToolInputIssue[],
    options?: { cause?: unknown },
  ) {
    const listed = issues.map((i) => `${i.path || '(input)'}: ${i.message}`).join('; ');
    super(
      'invalid-input',
      `Invalid input for ${tool}: ${listed}. Fix ${issues.length === 1 ? 'that field' : 'those fields'} and call ${tool} again.`,
      options,
    );
  }
}
