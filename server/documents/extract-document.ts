/**
 * An uploaded document → its text, page count and token count, or a DocumentError sentence
 * (too large, wrong type, damaged, password-protected). Nothing here writes anywhere: the
 * caller stores the result only once every check has passed.
 */
import { countTextTokens, formatCount, TOKENS_PER_PAGE, TOKENS_PER_WORD } from '../../agent/catalog/index';
import { DocumentError } from './document-error';
import { decodeUtf8, detectDocumentFormat, DOCUMENT_FORMAT_NAMES, type DocumentFormat } from './document-format';
import { describeDocumentLimits, DOCUMENT_LIMITS } from './document-limits';
import { extractDocx } from './extract-docx';
import { extractPdf } from './extract-pdf';

/** About 500 words a page: the page the catalog's tokens-per-page figure describes. */
export const WORDS_PER_PAGE = Math.round(TOKENS_PER_PAGE / TOKENS_PER_WORD);

export interface DocumentUpload {
  filename: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface ExtractedDocument {
  filename: string;
  format: DocumentFormat;
  /** File size in bytes. */
  bytes: number;
  /** Pages: counted in a PDF, estimated at WORDS_PER_PAGE words a page otherwise. */
  pages: number;
  pagesEstimated: boolean;
  /** Tokens of the extracted text, tiktoken o200k_base (a model's own count is shown per step). */
  tokens: number;
  text: string;
  /** PDF only: where each page begins in `text`. */
  pageStarts?: number[];
}

// An encrypted Office file is an OLE compound file, not the ZIP a .docx is.
const OLE_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const limits = () => `Documents may be up to ${describeDocumentLimits()}.`;

export const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

export function tooLarge(what: string): DocumentError {
  return new DocumentError(
    'too-large',
    `The document is too large: ${what}. ${limits()} Split it into smaller files or upload the part you need.`,
  );
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length;
}

async function textOf(
  format: DocumentFormat,
  upload: DocumentUpload,
): Promise<{ text: string; pages: number | null; pageStarts?: number[] }> {
  switch (format) {
    case 'pdf':
      return extractPdf(upload.bytes, DOCUMENT_LIMITS.pages, (pages) => tooLarge(`${formatCount(pages)} pages`));
    case 'docx':
      return { text: await extractDocx(upload.bytes), pages: null };
    case 'txt':
    case 'markdown':
      return { text: decodeUtf8(upload.bytes)?.trim() ?? '', pages: null };
  }
}

export async function extractDocument(upload: DocumentUpload): Promise<ExtractedDocument> {
  const name = upload.filename || 'The upload';
  if (upload.bytes.byteLength > DOCUMENT_LIMITS.bytes) throw tooLarge(megabytes(upload.bytes.byteLength));
  if (OLE_HEADER.every((b, i) => upload.bytes[i] === b)) {
    throw new DocumentError(
      'unreadable',
      `${name} is password-protected or an old Word .doc file, so its text cannot be read. Save it as an unprotected .docx (or PDF) and upload that.`,
    );
  }
  const format = detectDocumentFormat(upload);
  if (!format) {
    throw new DocumentError('wrong-type', `${name} is not a PDF, DOCX, TXT or Markdown file. Upload one of those. ${limits()}`);
  }
  const { text, pages, pageStarts } = await textOf(format, upload);
  if (text.length === 0) {
    throw new DocumentError(
      'unreadable',
      `${name} has no text to read (an empty file, or a scanned ${DOCUMENT_FORMAT_NAMES[format]} with only images). Upload a file with selectable text.`,
    );
  }
  const words = wordCount(text);
  const estimatedPages = Math.max(1, Math.ceil(words / WORDS_PER_PAGE));
  if (pages === null && estimatedPages > DOCUMENT_LIMITS.pages)
    throw tooLarge(`about ${formatCount(estimatedPages)} pages (${formatCount(words)} words)`);
  const tokens = countTextTokens(text);
  if (tokens > DOCUMENT_LIMITS.tokens) throw tooLarge(`${formatCount(tokens)} tokens of text`);
  return {
    filename: upload.filename,
    format,
    bytes: upload.bytes.byteLength,
    pages: pages ?? estimatedPages,
    pagesEstimated: pages === null,
    tokens,
    text,
    ...(pageStarts ? { pageStarts } : {}),
  };
}
