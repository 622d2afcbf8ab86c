/** DOCX text through mammoth's raw-text conversion (paragraphs separated by blank lines). */
import mammoth from 'mammoth';
import { DocumentError } from './document-error';

export async function extractDocx(bytes: Uint8Array): Promise<string> {
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return result.value.trim();
  } catch (error) {
    throw new DocumentError('unreadable', 'The DOCX file could not be read: it is damaged or not a Word document. Save it again from Word (File → Save As → .docx) and upload the new file.', { cause: error });
  }
}
