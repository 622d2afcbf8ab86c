/**
 * Extracted documents in the data folder (`documents/<id>.json`: name, format, counts and
 * text), outside the statically served `files/` folder. A run input of type `document` holds
 * the id; the runtime reads the text back for prompts.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ExtractedDocument } from './extract-document';

export interface StoredDocument extends ExtractedDocument {
  /** `doc-<uuid>`; what a document input holds. */
  id: string;
}

const DOCUMENT_ID = /^doc-[0-9a-f-]{36}$/;

export function isDocumentId(value: string): boolean {
  return DOCUMENT_ID.test(value);
}

/** Gives an extracted document its id; nothing is written until `save`. */
export function withDocumentId(doc: ExtractedDocument): StoredDocument {
  return { id: `doc-${randomUUID()}`, ...doc };
}

export interface DocumentStore {
  readonly dir: string;
  save(doc: StoredDocument): Promise<void>;
  read(id: string): Promise<StoredDocument | null>;
}

export function createDocumentStore(dataDir: string): DocumentStore {
  const dir = path.join(dataDir, 'documents');
  return {
    dir,
    async save(doc) {
      if (!isDocumentId(doc.id)) throw new Error(`Not a document id: ${doc.id}`);
      await fs.mkdir(dir, { recursive: true });
      await fs.writeFile(path.join(dir, `${doc.id}.json`), JSON.stringify(doc), { flag: 'wx' });
    },
    async read(id) {
      if (!isDocumentId(id)) return null;
      try {
        return JSON.parse(await fs.readFile(path.join(dir, `${id}.json`), 'utf8')) as StoredDocument;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
  };
}
