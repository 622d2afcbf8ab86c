/**
 * Knowledge on the lowdb store: `apps/<appId>/knowledge.jsonl`, one log row per document with
 * its passages (so deleting the app's folder deletes its knowledge), searched with MiniSearch
 * (BM25, any-word match). The index is rebuilt from the rows when an app's knowledge is first
 * opened — nothing to keep in step with the file — a document at a time, so the server keeps
 * answering (bench/knowledge-search.ts measures it). At most OPEN_APPS apps are held open (rows
 * plus index, each app bounded by KNOWLEDGE_LIMITS); the least recently used one is closed.
 */
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { LRUCache } from 'lru-cache';
import type { KnowledgeBase, KnowledgeDocument, Passage, PassageHit } from '../../knowledge/knowledge-base';
import { searchWords } from '../../knowledge/search-words';
import { LogTable } from './log-table';

const OPEN_APPS = 8;
/** One edit in words of five letters or more (MiniSearch's fuzzy distance is this fraction of the word's length). */
const FUZZY = (term: string): number | false => (term.length >= 5 ? 1 : false);
const SAFE_ID = /^[A-Za-z0-9_-]{1,80}$/;

interface KnowledgeRow {
  document: KnowledgeDocument;
  passages: Passage[];
}

interface IndexedPassage {
  id: string;
  text: string;
}

interface OpenKnowledge {
  table: LogTable<KnowledgeRow>;
  index: MiniSearch<IndexedPassage>;
  /** Changes and searches of one app, one at a time, so closing waits for them. */
  queue: Promise<unknown>;
}

function checkRow(row: unknown): asserts row is KnowledgeRow {
  const r = row as Partial<KnowledgeRow> | null;
  if (!r?.document?.id || !Array.isArray(r.passages)) throw new Error('the row is not a knowledge document (document, passages)');
}

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

const passageId = (documentId: string, index: number) => `${documentId}#${index}`;

function indexRow(index: MiniSearch<IndexedPassage>, row: KnowledgeRow): void {
  index.addAll(row.passages.map((p) => ({ id: passageId(row.document.id, p.index), text: p.text })));
}

export interface LowdbKnowledge extends KnowledgeBase {
  /** Lets go of a deleted app's knowledge (its folder is gone). */
  forget(appId: string): Promise<void>;
  close(): Promise<void>;
}

export function openLowdbKnowledge(appsDir: string): LowdbKnowledge {
  const closing = new Map<string, Promise<void>>();
  const close = (appId: string, open: Promise<OpenKnowledge>): void => {
    const done = open
      .then(async (k) => {
        await k.queue.catch(() => undefined);
        await k.table.close();
      })
      .catch(() => undefined);
    closing.set(appId, done);
  };
  const cache = new LRUCache<string, Promise<OpenKnowledge>>({ max: OPEN_APPS, dispose: (open, appId) => close(appId, open) });

  const fileOf = (appId: string): string => {
    if (!SAFE_ID.test(appId)) throw new Error(`Not an app id: ${appId}`);
    return join(appsDir, appId, 'knowledge.jsonl');
  };

  async function open(appId: string): Promise<OpenKnowledge> {
    await closing.get(appId);
    const table = await LogTable.open<KnowledgeRow>({ path: fileOf(appId), check: checkRow, key: (r) => r.document.id });
    const index = new MiniSearch<IndexedPassage>({ fields: ['text'], storeFields: [] });
    // A document at a time, letting other requests through in between: at the passage limit the
    // rebuild is seconds of CPU, which must not stall the server (nothing else holds the table yet).
    for (const row of table.rows.values()) {
      indexRow(index, row);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return { table, index, queue: Promise.resolve() };
  }

  /**
   * Runs `work` on the app's open knowledge after its earlier work. Reading an app that never
   * had knowledge answers `none` without making a file (or bringing back a deleted app's folder).
   */
  async function withApp<T>(appId: string, none: T | null, work: (k: OpenKnowledge) => Promise<T> | T): Promise<T> {
    let opened = cache.get(appId);
    if (!opened && none !== null && !(await exists(fileOf(appId)))) return none;
    opened ??= cache.get(appId);
    if (!opened) {
      opened = open(appId);
      cache.set(appId, opened);
      opened.catch(() => cache.delete(appId));
    }
    return opened.then((k) => {
      const result = k.queue.then(() => work(k));
      k.queue = result.catch(() => undefined);
      return result;
    });
  }

  return {
    add: (document, passages) =>
      withApp(document.appId, null, async (k) => {
        const row: KnowledgeRow = { document: structuredClone(document), passages: passages.map((p) => ({ ...p })) };
        await k.table.put(row);
        indexRow(k.index, row);
      }),
    list: (appId) =>
      withApp(appId, [], (k) =>
        // Reversed first, so documents added in the same millisecond still list newest first.
        [...k.table.rows.values()]
          .reverse()
          .map((r) => ({ ...r.document }))
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
      ),
    remove: (appId, documentId) =>
      withApp(appId, false, async (k) => {
        const row = k.table.rows.get(documentId);
        if (!row) return false;
        await k.table.delete(documentId);
        k.index.discardAll(row.passages.map((p) => passageId(documentId, p.index)));
        return true;
      }),
    search: (appId, query, limit) =>
      withApp(appId, [], (k) => {
        const words = searchWords(query);
        if (words.length === 0) return [];
        const hits: PassageHit[] = [];
        // Prefix and one-edit matches stand in for PostgreSQL's English stemming ("leaves" finds "leave"), weighted below exact ones.
        const results = k.index.search(words.join(' '), { combineWith: 'OR', prefix: (term) => term.length > 3, fuzzy: FUZZY });
        for (const result of results.slice(0, limit)) {
          const id = String(result.id);
          const hash = id.lastIndexOf('#');
          const row = k.table.rows.get(id.slice(0, hash));
          const passage = row?.passages[Number(id.slice(hash + 1))];
          if (!row || !passage) continue;
          hits.push({
            ...passage,
            documentId: row.document.id,
            filename: row.document.filename,
            pagesEstimated: row.document.pagesEstimated,
            score: result.score,
          });
        }
        return hits;
      }),
    async forget(appId) {
      cache.delete(appId);
      await closing.get(appId);
    },
    async close() {
      cache.clear();
      await Promise.all(closing.values());
    },
  };
}
