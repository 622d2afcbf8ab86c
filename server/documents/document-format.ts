/**
 * Which of the four accepted formats an upload is. PDF and DOCX are told by their bytes
 * (a PDF header; a ZIP container named .docx or sent as a Word type), plain text by its name or
 * type and by decoding as UTF-8 without NUL bytes, so a renamed binary is refused.
 */
export type DocumentFormat = 'pdf' | 'docx' | 'txt' | 'markdown';

export const DOCUMENT_FORMAT_NAMES: Record<DocumentFormat, string> = { pdf: 'PDF', docx: 'DOCX', txt: 'TXT', markdown: 'Markdown' };

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const TEXT_TYPES: Record<string, DocumentFormat> = { 'text/plain': 'txt', 'text/markdown': 'markdown', 'text/x-markdown': 'markdown' };
const TEXT_EXTENSIONS: Record<string, DocumentFormat> = { txt: 'txt', text: 'txt', md: 'markdown', markdown: 'markdown' };

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  return [...ascii].every((ch, i) => bytes[i] === ch.charCodeAt(0));
}

function extension(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot < 0 ? '' : filename.slice(dot + 1).toLowerCase();
}

/** The format, or null when the upload is none of the four. */
export function detectDocumentFormat(upload: { filename: string; mimeType: string; bytes: Uint8Array }): DocumentFormat | null {
  const { bytes } = upload;
  if (startsWith(bytes, '%PDF-')) return 'pdf';
  const ext = extension(upload.filename);
  const type = upload.mimeType.split(';')[0]!.trim().toLowerCase();
  if (startsWith(bytes, 'PK\u0003\u0004')) return ext === 'docx' || type === DOCX_TYPE ? 'docx' : null;
  const textFormat = TEXT_EXTENSIONS[ext] ?? TEXT_TYPES[type];
  return textFormat && decodeUtf8(bytes) !== null ? textFormat : null;
}

/** The text, or null when the bytes are not UTF-8 text (invalid sequences or NUL bytes). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
