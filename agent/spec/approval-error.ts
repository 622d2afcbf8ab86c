/** Refusals when deciding a run that waits at an approval step; each message is a sentence for people. */
import { ToolwrightError } from '../errors/toolwright-error';
import type { ErrorKinds } from '../errors/error-kinds';

export class ApprovalError extends ToolwrightError<'approval'> {
  readonly family = 'approval';
  constructor(
    readonly kind: ErrorKinds['approval'],
    message: string,
  ) {
    super(message);
  }
}
