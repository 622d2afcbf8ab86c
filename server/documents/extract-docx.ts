/** DOCX text through mammoth's raw-text conversion (paragraphs separated by blank lines), once its unpacked size is checked. */
import mammoth from 'mammoth';
import { DocumentError } from './document-error';
import { describeDocumentLimits, DOCUMENT_LIMITS } from './document-limits';
import { checkUnpackedSize } from './docx-unpacked-size';

const DAMAGED =
  'The DOCX file could not be read: it is damaged or not a Word document. Save it again from Word (File → Save As → .docx) and upload the new file.';

export async function extractDocx(bytes: Uint8Array): Promise<string> {
  const unpacked = checkUnpackedSize(bytes, DOCUMENT_LIMITS.docxUnpackedBytes);
  if (!unpacked.ok && unpacked.reason === 'too-large') {
    throw new DocumentError(
      'too-large',
      `The document is too large: the DOCX file unpacks to more than ${DOCUMENT_LIMITS.docxUnpackedBytes / (1024 * 1024)} MB. Documents may be up to ${describeDocumentLimits()}, and a DOCX may unpack to ${DOCUMENT_LIMITS.docxUnpackedBytes / (1024 * 1024)} MB. Split it or save the part you need as a new file.`,
    );
  }
  if (!unpacked.ok) throw new DocumentError('unreadable', DAMAGED);
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return result.value.trim();
  } catch (error) {
    throw new DocumentError('unreadable', DAMAGED, { cause: error });
  }
}
