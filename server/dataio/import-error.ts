/**
 * Why a file cannot be imported at all (as opposed to single rows being rejected, which the
 * import report lists): each a sentence saying what to send instead.
 */
import { ToolwrightError } from '../../agent/errors/toolwright-error';

export class ImportError extends ToolwrightError<'runtime'> {
  readonly family = 'runtime';
  constructor(
    /** 'unsupported-import': not CSV or XLSX (415); 'invalid-import': empty, unreadable, or a bad mapping (400). */
    readonly kind: 'invalid-import' | 'unsupported-import',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
