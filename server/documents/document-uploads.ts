/** The files of a form that go to `document` fields, extracted (not yet stored); a refused one throws its DocumentError. */
import { readFile } from 'node:fs/promises';
import type { Field } from '../../agent/spec/app-spec';
import type { UploadedPart } from '../http/multipart';
import { withDocumentId, type StoredDocument } from './document-store';
import { DOCUMENT_LIMITS } from './document-limits';
import { extractDocument, megabytes, tooLarge } from './extract-document';

export async function extractDocumentUploads(
  fields: readonly Field[],
  files: Record<string, UploadedPart>,
): Promise<Map<string, StoredDocument>> {
  const documents = new Map<string, StoredDocument>();
  for (const field of fields.filter((f) => f.type === 'document')) {
    const part = files[field.name];
    if (!part || part.size === 0) continue;
    // The upload arrived as a temp file; one past the size limit is refused before it is read into memory.
    if (part.size > DOCUMENT_LIMITS.bytes) throw tooLarge(megabytes(part.size));
    const bytes = new Uint8Array(await readFile(part.path));
    documents.set(field.name, withDocumentId(await extractDocument({ filename: part.filename, mimeType: part.mimeType, bytes })));
  }
  return documents;
}
