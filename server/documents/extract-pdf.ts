/**
 * PDF text through unpdf (PDF.js built for servers). The page count is read before any text
 * is pulled out, so an over-long PDF costs one parse. PDF.js's own exception names tell a
 * password-protected file from a damaged one.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { DocumentError } from './document-error';

export interface PdfText {
  text: string;
  pages: number;
  /** Where each page's text begins in `text` (knowledge passages cite pages by it). */
  pageStarts: number[];
}

function unreadable(error: unknown): DocumentError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new DocumentError(
      'unreadable',
      'The PDF is password-protected, so its text cannot be read. Remove the password (print or export it to a new PDF) and upload it again.',
      { cause: error },
    );
  }
  return new DocumentError(
    'unreadable',
    'The PDF could not be read: the file is damaged or not a complete PDF. Export it again and upload the new file.',
    { cause: error },
  );
}

/** The text of every page, pages separated by a blank line; throws DocumentError past `maxPages`. */
export async function extractPdf(bytes: Uint8Array, maxPages: number, tooManyPages: (pages: number) => DocumentError): Promise<PdfText> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: PDF.js takes ownership of (detaches) the buffer it is given.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
  } catch (error) {
    throw unreadable(error);
  }
  try {
    if (pdf.numPages > maxPages) throw tooManyPages(pdf.numPages);
    const { text } = await extractText(pdf, { mergePages: false });
    const pageTexts = text.map((page) => page.trim());
    const pageStarts: number[] = [];
    let at = 0;
    for (const page of pageTexts) {
      pageStarts.push(at);
      at += page.length + 2;
    }
    return { text: pageTexts.join('\n\n'), pages: pdf.numPages, pageStarts };
  } catch (error) {
    throw error instanceof DocumentError ? error : unreadable(error);
  } finally {
    await pdf.destroy();
  }
}
