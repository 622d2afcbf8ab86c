/**
 * Why a document upload was refused, as an HTTP answer: too large (413), not a PDF, DOCX, TXT
 * or Markdown file (415), or unreadable — damaged or password-protected (422). Thrown before
 * anything is stored.
 */
import { HttpError } from '../http/http-error';

export type DocumentProblem = 'too-large' | 'wrong-type' | 'unreadable';

const STATUS: Record<DocumentProblem, { status: number; code: string }> = {
  'too-large': { status: 413, code: 'document_too_large' },
  'wrong-type': { status: 415, code: 'document_type_unsupported' },
  unreadable: { status: 422, code: 'document_unreadable' },
};

export class DocumentError extends HttpError {
  constructor(
    readonly problem: DocumentProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(STATUS[problem].status, STATUS[problem].code, message, options);
    this.name = new.target.name;
  }
}
