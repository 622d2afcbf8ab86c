/**
 * An uploaded file → a knowledge document of an app: extracted by the document extractor
 * (server/documents), split into passages, checked against the app's limits, then stored with
 * its passages in one write. A refusal (wrong type, too large, damaged, app full) throws its
 * sentence before anything is stored.
 */
import { randomUUID } from 'node:crypto';
import { formatCount } from '../../agent/catalog/index';
import { HttpError } from '../http/http-error';
import { extractDocument, type DocumentUpload } from '../documents/extract-document';
import type { Store } from '../store/store';
import type { StoredApp } from '../store/records';
import type { KnowledgeDocument } from './knowledge-base';
import { describeKnowledgeLimits, KNOWLEDGE_LIMITS } from './knowledge-limits';
import { splitPassages } from './split-passages';

// PostgreSQL text cannot hold NUL or a lone surrogate, which a PDF's text layer or a file name may carry.
const storable = (text: string): string => (text.replaceAll('\u0000', '') as string & { toWellFormed(): string }).toWellFormed();

const full = (what: string) =>
  new HttpError(409, 'knowledge_full', `This app's knowledge is full: ${what}. ${describeKnowledgeLimits()} Delete a document first.`);

export async function addKnowledgeDocument(
  store: Store,
  app: StoredApp,
  upload: DocumentUpload,
  uploadedBy: string | null,
  now: Date = new Date(),
): Promise<KnowledgeDocument> {
  const existing = await store.knowledge.list(app.id);
  if (existing.length >= KNOWLEDGE_LIMITS.documents) throw full(`it holds ${formatCount(existing.length)} documents`);
  const extracted = await extractDocument(upload);
  const passages = splitPassages(extracted).map((p) => ({ ...p, text: storable(p.text) }));
  const held = existing.reduce((sum, d) => sum + d.passageCount, 0);
  if (held + passages.length > KNOWLEDGE_LIMITS.passages) {
    throw full(`it holds ${formatCount(held)} passages and ${extracted.filename} adds ${formatCount(passages.length)}`);
  }
  const document: KnowledgeDocument = {
    id: `doc-${randomUUID()}`,
    appId: app.id,
    filename: storable(extracted.filename).slice(0, 200) || 'document',
    format: extracted.format,
    bytes: extracted.bytes,
    pages: extracted.pages,
    pagesEstimated: extracted.pagesEstimated,
    tokens: extracted.tokens,
    passageCount: passages.length,
    uploadedBy,
    createdAt: now.toISOString(),
  };
  await store.knowledge.add(document, passages);
  return document;
}
