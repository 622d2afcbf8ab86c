/**
 * Knowledge on PostgreSQL: knowledge_documents (one row per upload) and knowledge_passages
 * (its passages, each with a generated `tsv` tsvector under a GIN index). A search is
 * `websearch_to_tsquery` over the query's words joined by `or`, ranked by `ts_rank`. Both
 * tables cascade: deleting an app deletes its documents, deleting a document its passages.
 */
import type pg from 'pg';
import type { KnowledgeBase, KnowledgeDocument, PassageHit } from '../../knowledge/knowledge-base';
import { searchWords } from '../../knowledge/search-words';
import type { Migration } from './migration';

type Query = <R extends pg.QueryResultRow>(text: string, values?: unknown[]) => Promise<pg.QueryResult<R>>;
type Transaction = <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>;

// Numbered well past the others so migrations added on other branches at the same time keep their ids.
export const KNOWLEDGE_MIGRATION: Migration = {
  id: 210,
  name: 'knowledge documents and passages with full-text search',
  sql: `
    CREATE TABLE knowledge_documents (
      id text PRIMARY KEY,
      app_id text NOT NULL REFERENCES apps (id) ON DELETE CASCADE,
      filename text NOT NULL,
      format text NOT NULL,
      bytes integer NOT NULL,
      pages integer NOT NULL,
      pages_estimated boolean NOT NULL,
      tokens integer NOT NULL,
      passage_count integer NOT NULL,
      uploaded_by text,
      created_at timestamptz NOT NULL
    );
    CREATE INDEX knowledge_documents_by_app ON knowledge_documents (app_id, created_at DESC);

    CREATE TABLE knowledge_passages (
      document_id text NOT NULL REFERENCES knowledge_documents (id) ON DELETE CASCADE,
      app_id text NOT NULL,
      position integer NOT NULL,
      page integer NOT NULL,
      text text NOT NULL,
      tokens integer NOT NULL,
      tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED,
      PRIMARY KEY (document_id, position)
    );
    CREATE INDEX knowledge_passages_tsv ON knowledge_passages USING GIN (tsv);
    CREATE INDEX knowledge_passages_by_app ON knowledge_passages (app_id);
  `,
};

interface DocumentDbRow {
  id: string;
  app_id: string;
  filename: string;
  format: KnowledgeDocument['format'];
  bytes: number;
  pages: number;
  pages_estimated: boolean;
  tokens: number;
  passage_count: number;
  uploaded_by: string | null;
  created_at: Date;
}

interface HitDbRow {
  document_id: string;
  filename: string;
  pages_estimated: boolean;
  position: number;
  page: number;
  text: string;
  tokens: number;
  score: number;
}

const toDocument = (r: DocumentDbRow): KnowledgeDocument => ({
  id: r.id,
  appId: r.app_id,
  filename: r.filename,
  format: r.format,
  bytes: r.bytes,
  pages: r.pages,
  pagesEstimated: r.pages_estimated,
  tokens: r.tokens,
  passageCount: r.passage_count,
  uploadedBy: r.uploaded_by,
  createdAt: r.created_at.toISOString(),
});

const toHit = (r: HitDbRow): PassageHit => ({
  documentId: r.document_id,
  filename: r.filename,
  pagesEstimated: r.pages_estimated,
  index: r.position,
  page: r.page,
  text: r.text,
  tokens: r.tokens,
  score: r.score,
});

export function postgresKnowledge(query: Query, transaction: Transaction): KnowledgeBase {
  return {
    async add(d, passages) {
      await transaction(async (client) => {
        await client.query(
          `INSERT INTO knowledge_documents (id, app_id, filename, format, bytes, pages, pages_estimated, tokens, passage_count, uploaded_by, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [d.id, d.appId, d.filename, d.format, d.bytes, d.pages, d.pagesEstimated, d.tokens, d.passageCount, d.uploadedBy, d.createdAt],
        );
        // One INSERT for all passages: each column sent as an array and unnested.
        await client.query(
          `INSERT INTO knowledge_passages (document_id, app_id, position, page, text, tokens)
           SELECT $1, $2, * FROM unnest($3::integer[], $4::integer[], $5::text[], $6::integer[])`,
          [
            d.id,
            d.appId,
            passages.map((p) => p.index),
            passages.map((p) => p.page),
            passages.map((p) => p.text),
            passages.map((p) => p.tokens),
          ],
        );
      });
    },
    async list(appId) {
      const { rows } = await query<DocumentDbRow>('SELECT * FROM knowledge_documents WHERE app_id = $1 ORDER BY created_at DESC, id', [
        appId,
      ]);
      return rows.map(toDocument);
    },
    async remove(appId, documentId) {
      const { rowCount } = await query('DELETE FROM knowledge_documents WHERE app_id = $1 AND id = $2', [appId, documentId]);
      return (rowCount ?? 0) > 0;
    },
    async search(appId, text, limit) {
      const words = searchWords(text);
      if (words.length === 0) return [];
      const { rows } = await query<HitDbRow>(
        `SELECT p.document_id, d.filename, d.pages_estimated, p.position, p.page, p.text, p.tokens, ts_rank(p.tsv, q) AS score
         FROM knowledge_passages p
         JOIN knowledge_documents d ON d.id = p.document_id,
              websearch_to_tsquery('english', $2) q
         WHERE p.app_id = $1 AND p.tsv @@ q
         ORDER BY score DESC, p.document_id, p.position
         LIMIT $3`,
        [appId, words.join(' or '), limit],
      );
      return rows.map(toHit);
    },
  };
}
