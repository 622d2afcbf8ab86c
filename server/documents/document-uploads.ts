/** The files of a form that go to `document` fields, extracted (not yet stored); a refused one throws its DocumentError. */
import type { Field } from '../../agent/spec/app-spec';
import type { UploadedPart } from '../http/multipart';
import { withDocumentId, type StoredDocument } from './document-store';
import { extractDocument } from './extract-document';

export async function extractDocumentUploads(fields: readonly Field[], files: Record<string, UploadedPart>): Promise<Map<string, StoredDocument>> {
  const documents = new Map<string, StoredDocument>();
  for (const field of fields.filter((f) => f.type === 'document')) {
    const part = files[field.name];
    if (part && part.bytes.length > 0) documents.set(field.name, withDocumentId(await extractDocument(part)));
  }
  return documents;
}
