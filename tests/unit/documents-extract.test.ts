/** Document extraction: PDF, DOCX, TXT and Markdown to text with page and token counts; limits, damaged, encrypted and wrong-type files refused with sentences. */
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { countTextTokens } from '../../agent/catalog/index';
import { DocumentError } from '../../server/documents/document-error';
import { DOCUMENT_LIMITS } from '../../server/documents/document-limits';
import { extractDocument, WORDS_PER_PAGE } from '../../server/documents/extract-document';
import { CLAUSE, makeDocx, makeEncryptedPdf, makePdf } from '../fixtures/documents';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function refusal(promise: Promise<unknown>): Promise<DocumentError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DocumentError);
  return error as DocumentError;
}

describe('document extraction', () => {
  it("reads a 40-page PDF: 40 counted pages, every page's text, tokens counted with o200k_base", async () => {
    const bytes = await makePdf(40);
    const doc = await extractDocument({ filename: 'contract.pdf', mimeType: 'application/pdf', bytes });
    expect(doc).toMatchObject({ filename: 'contract.pdf', format: 'pdf', pages: 40, pagesEstimated: false, bytes: bytes.byteLength });
    expect(doc.text).toContain('Page 1, clause 1.');
    expect(doc.text).toContain('Page 40, clause 30.');
    expect(doc.tokens).toBe(countTextTokens(doc.text));
    expect(doc.tokens).toBeGreaterThan(20_000);
  });

  it('reads a DOCX through mammoth, estimating pages from its words', async () => {
    const doc = await extractDocument({ filename: 'policy.docx', mimeType: DOCX_TYPE, bytes: await makeDocx(300) });
    expect(doc.format).toBe('docx');
    expect(doc.text).toContain(`Section 300. ${CLAUSE}`);
    const words = doc.text.split(/\s+/).length;
    expect(doc).toMatchObject({ pagesEstimated: true, pages: Math.ceil(words / WORDS_PER_PAGE) });
    expect(doc.pages).toBeGreaterThan(1);
  });

  it('reads TXT and Markdown by name or type, as UTF-8', async () => {
    const txt = await extractDocument({ filename: 'notes.txt', mimeType: '', bytes: Buffer.from('Grüße — plain notes.') });
    expect(txt).toMatchObject({ format: 'txt', text: 'Grüße — plain notes.', pages: 1 });
    const md = await extractDocument({ filename: 'README', mimeType: 'text/markdown', bytes: Buffer.from('# Title\n\n- item') });
    expect(md).toMatchObject({ format: 'markdown', text: '# Title\n\n- item' });
  });

  it('refuses a file over the byte limit with 413 and the stated limits', async () => {
    const error = await refusal(
      extractDocument({ filename: 'big.txt', mimeType: 'text/plain', bytes: Buffer.alloc(DOCUMENT_LIMITS.bytes + 1, 'a') }),
    );
    expect(error.status).toBe(413);
    expect(error.message).toMatch(/too large: 8\.0 MB\. Documents may be up to 8 MB, 2,000 pages and 1,000,000 tokens of text\./);
  });

  it('refuses a PDF over the page limit before reading its text', async () => {
    const error = await refusal(
      extractDocument({ filename: 'long.pdf', mimeType: 'application/pdf', bytes: await makePdf(DOCUMENT_LIMITS.pages + 1, 1) }),
    );
    expect(error.status).toBe(413);
    expect(error.message).toContain('2,001 pages');
  });

  it('refuses text past the token limit, naming its count', async () => {
    // Distinct numbers tokenise densely: over a million tokens in under 8 MB.
    const text = Array.from({ length: 420_000 }, (_, i) => `${i * 7919}`).join(' ');
    const error = await refusal(extractDocument({ filename: 'numbers.txt', mimeType: 'text/plain', bytes: Buffer.from(text) }));
    expect(error.status).toBe(413);
    expect(error.message).toMatch(/too large: [\d,]+ tokens of text/);
  });

  it('refuses a damaged PDF and a damaged DOCX with 422 sentences', async () => {
    const pdf = await makePdf(3);
    const cut = await refusal(extractDocument({ filename: 'cut.pdf', mimeType: 'application/pdf', bytes: pdf.subarray(0, 2_000) }));
    expect(cut.status).toBe(422);
    expect(cut.message).toMatch(/^The PDF could not be read: the file is damaged/);
    const docx = await makeDocx(2);
    const broken = await refusal(extractDocument({ filename: 'broken.docx', mimeType: DOCX_TYPE, bytes: docx.subarray(0, 200) }));
    expect(broken.status).toBe(422);
    expect(broken.message).toMatch(/^The DOCX file could not be read/);
  });

  it('refuses a DOCX that unpacks past its limit (a zip bomb) before mammoth inflates it', async () => {
    const bomb = Buffer.from(zipSync({ 'word/document.xml': new Uint8Array(DOCUMENT_LIMITS.docxUnpackedBytes + 1) }, { level: 9 }));
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const error = await refusal(extractDocument({ filename: 'bomb.docx', mimeType: DOCX_TYPE, bytes: bomb }));
    expect(error.status).toBe(413);
    expect(error.message).toMatch(
      /^The document is too large: the DOCX file unpacks to more than 64 MB\. Documents may be up to 8 MB, 2,000 pages and 1,000,000 tokens of text/,
    );
  });

  it('refuses a password-protected PDF and an encrypted Office file', async () => {
    const pdf = await refusal(extractDocument({ filename: 'secret.pdf', mimeType: 'application/pdf', bytes: await makeEncryptedPdf() }));
    expect(pdf.status).toBe(422);
    expect(pdf.message).toMatch(/password-protected/);
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const docx = await refusal(extractDocument({ filename: 'secret.docx', mimeType: DOCX_TYPE, bytes: ole }));
    expect(docx.message).toMatch(/password-protected or an old Word \.doc file/);
  });

  it('refuses other types with 415: an image, a zip that is not a .docx, a binary named .txt', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    for (const upload of [
      { filename: 'photo.png', mimeType: 'image/png', bytes: png },
      { filename: 'archive.zip', mimeType: 'application/zip', bytes: await makeDocx(1) },
      { filename: 'data.txt', mimeType: 'text/plain', bytes: Buffer.from([0x41, 0x00, 0xff]) },
    ]) {
      const error = await refusal(extractDocument(upload));
      expect(error.status).toBe(415);
      expect(error.message).toContain('is not a PDF, DOCX, TXT or Markdown file');
    }
  });

  it('refuses a file with no text', async () => {
    const error = await refusal(extractDocument({ filename: 'empty.md', mimeType: 'text/markdown', bytes: Buffer.from('  \n') }));
    expect(error.status).toBe(422);
    expect(error.message).toMatch(/has no text to read/);
  });
});
