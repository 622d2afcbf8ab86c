/**
 * Document inputs of a run: each holds a document id — one uploaded with this request (not yet
 * stored) or one stored earlier. Resolved before anything runs, so an unknown id is a 400 and
 * the request's own uploads are saved only when every input has passed.
 */
import type { AppSpec } from '../../agent/spec/app-spec';
import type { DocumentStore, StoredDocument } from '../documents/document-store';
import type { RecordValues } from '../store/records';
import { RecordValidationError } from './field-values';

/** The documents of `inputs` by field name; throws RecordValidationError for an id that names no document. */
export async function resolveDocumentInputs(
  spec: AppSpec,
  inputs: RecordValues,
  uploaded: readonly StoredDocument[],
  store: DocumentStore,
): Promise<Map<string, StoredDocument>> {
  const found = new Map<string, StoredDocument>();
  for (const field of spec.inputs.filter((f) => f.type === 'document')) {
    const id = inputs[field.name];
    if (typeof id !== 'string') continue;
    const doc = uploaded.find((d) => d.id === id) ?? (await store.read(id));
    if (!doc) {
      throw new RecordValidationError(
        `inputs.${field.name}: there is no uploaded document "${id}". Send the file itself in the "${field.name}" field of a multipart form (PDF, DOCX, TXT or Markdown).`,
      );
    }
    found.set(field.name, doc);
  }
  return found;
}
