/**
 * An app's knowledge: documents uploaded to it, split into passages with page references, and
 * searched by full text. One collection per app — the `retrieve` steps that read it belong to
 * the app, so do who may see it (the app's access) and how long it lives (deleted with the app).
 * Two adapters: MiniSearch over lowdb files, PostgreSQL full-text search; one contract suite
 * (tests/integration/knowledge.contract.ts) runs against both.
 */
import type { ExtractedDocument } from '../documents/extract-document';

/** One uploaded document as listed on the app page (its text lives only in its passages). */
export interface KnowledgeDocument
  extends Pick<ExtractedDocument, 'filename' | 'format' | 'bytes' | 'pages' | 'pagesEstimated' | 'tokens'> {
  /** `doc-<uuid>`. */
  id: string;
  appId: string;
  passageCount: number;
  uploadedBy: string | null;
  /** ISO time. */
  createdAt: string;
}

/** A piece of a document small enough to hand to a prompt; it never spans two pages. */
export interface Passage {
  /** Position in the document, from 0. */
  index: number;
  /** 1-based page the passage is on. */
  page: number;
  text: string;
  tokens: number;
}

/** A passage found by a search, with the document it comes from. */
export interface PassageHit extends Passage {
  documentId: string;
  filename: string;
  pagesEstimated: boolean;
  /** The engine's relevance; higher is better. Comparable within one search only. */
  score: number;
}

export interface KnowledgeBase {
  /** Stores a document with its passages at once; resolves once both are durable. */
  add(document: KnowledgeDocument, passages: readonly Passage[]): Promise<void>;
  /** The app's documents, newest first. */
  list(appId: string): Promise<KnowledgeDocument[]>;
  /** Removes the document and every passage of it; false when the app has no such document. */
  remove(appId: string, documentId: string): Promise<boolean>;
  /** Passages of the app's documents matching any of the query's words, most relevant first. */
  search(appId: string, query: string, limit: number): Promise<PassageHit[]>;
}
