/**
 * How large a document upload may be. Bytes are checked first (cheapest), pages before the
 * text is pulled out, tokens last. The token limit is the largest input window in the model
 * directory (about 1M tokens): a longer document fits no model in one prompt.
 */
import { formatCount } from '../../agent/catalog/index';

export const DOCUMENT_LIMITS = {
  /** File size, in bytes (8 MB): under the 10 MB upload body limit, so this sentence is the one people see. */
  bytes: 8 * 1024 * 1024,
  /** Pages (counted in a PDF; estimated for DOCX, TXT and Markdown from their words). */
  pages: 2_000,
  /** Extracted text, in tokens (tiktoken o200k_base). */
  tokens: 1_000_000,
  /** What a DOCX (a ZIP) may unpack to, in bytes (64 MB): its XML is read in memory. */
  docxUnpackedBytes: 64 * 1024 * 1024,
} as const;

/** "8 MB, 2,000 pages and 1,000,000 tokens of text": said in every refusal and in the README. */
export function describeDocumentLimits(): string {
  return `${DOCUMENT_LIMITS.bytes / (1024 * 1024)} MB, ${formatCount(DOCUMENT_LIMITS.pages)} pages and ${formatCount(DOCUMENT_LIMITS.tokens)} tokens of text`;
}
