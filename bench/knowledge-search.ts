/**
 * Knowledge search (issue 20): an app filled to its passage limit (20,000 passages of about 200
 * words, in 100 documents), on lowdb (MiniSearch) and PostgreSQL (tsvector + GIN). Printed per
 * store: the time to add it all, the time a reopened store takes to answer its first search (lowdb
 * rebuilds the index from the file then), the median search time over 200 questions (by default), and — as
 * the longest the event loop stood still meanwhile (the server keeps answering), and — as
 * the baseline measured in the same run — the median time of a naive scan that counts the
 * question's words in every passage, with the ratio naive / engine. For lowdb also the memory
 * the open app holds (RSS growth after the rebuild).
 *
 *   npx tsx bench/knowledge-search.ts [passages=20000] [questions=200]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { AppSpecSchema } from '../agent/spec/app-spec';
import type { KnowledgeDocument, Passage } from '../server/knowledge/knowledge-base';
import { searchWords } from '../server/knowledge/search-words';
import type { Store } from '../server/store/store';
import { openLowdbStore } from '../server/store/lowdb';
import { openPostgresStore } from '../server/store/postgres';
import { createDatabase, startPostgresCluster } from '../tests/setup/postgres';

const TOTAL = Number(process.argv[2] ?? 20_000);
const DOCUMENTS = 100;
const QUESTIONS = Number(process.argv[3] ?? 200);

// A deterministic vocabulary of 5,000 made-up words of two to four syllables (as sparse among
// their one-letter neighbours as real words are); passages draw from it with a skew, like text.
// mulberry32: a small seeded generator, so every run draws the same text.
let seed = 42;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};
const SYLLABLES = [...'bcdfghjklmnprstvwz'].flatMap((c) => [...'aeiou'].map((v) => c + v));
const made = new Set<string>();
while (made.size < 5_000) {
  const length = 2 + Math.floor(random() * 3);
  made.add(Array.from({ length }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(''));
}
const VOCABULARY = [...made];
const word = () => VOCABULARY[Math.floor(VOCABULARY.length * random() ** 2)]!;
const sentence = (n: number) => Array.from({ length: n }, word).join(' ');

const passages: Passage[] = Array.from({ length: TOTAL }, (_, i) => ({
  index: i % (TOTAL / DOCUMENTS),
  page: 1 + (Math.floor(i / 4) % 500),
  text: `${sentence(200)}.`,
  tokens: 260,
}));
// Questions name content words (the engines drop or down-weight the common ones): drawn evenly from the vocabulary.
const questions = Array.from({ length: QUESTIONS }, () =>
  Array.from({ length: 8 }, () => VOCABULARY[Math.floor(VOCABULARY.length * random())]!).join(' '),
);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(2)} ms`;

function naiveSearch(question: string): number {
  const words = searchWords(question);
  let found = 0;
  for (const p of passages) {
    const text = p.text.toLowerCase();
    if (words.some((w) => text.includes(w))) found += 1;
  }
  return found;
}

async function bench(name: string, open: () => Promise<Store>): Promise<void> {
  let store = await open();
  const app = await store.createApp({
    workspaceId: 'default',
    spec: AppSpecSchema.parse({ specVersion: 1, name: 'Bench', slug: 'bench', model: { model: 'gpt-5-mini' } }),
    createdBy: null,
  });
  const perDocument = TOTAL / DOCUMENTS;
  let start = performance.now();
  for (let d = 0; d < DOCUMENTS; d++) {
    const own = passages.slice(d * perDocument, (d + 1) * perDocument);
    const document: KnowledgeDocument = {
      id: `doc-00000000-0000-4000-8000-${String(d).padStart(12, '0')}`,
      appId: app.id,
      filename: `doc-${d}.pdf`,
      format: 'pdf',
      bytes: 100_000,
      pages: 500,
      pagesEstimated: false,
      tokens: perDocument * 260,
      passageCount: own.length,
      uploadedBy: null,
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, d)).toISOString(),
    };
    await store.knowledge.add(document, own);
  }
  const addMs = performance.now() - start;
  await store.close();

  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  store = await open();
  // How long the event loop stood still while the first search waited (lowdb: the index rebuild).
  const stall = monitorEventLoopDelay({ resolution: 10 });
  stall.enable();
  start = performance.now();
  await store.knowledge.search(app.id, questions[0]!, 5);
  const firstMs = performance.now() - start;
  stall.disable();
  const rssGrowth = process.memoryUsage().rss - rssBefore;

  const engine: number[] = [];
  const naive: number[] = [];
  for (const q of questions) {
    start = performance.now();
    await store.knowledge.search(app.id, q, 5);
    engine.push(performance.now() - start);
    start = performance.now();
    naiveSearch(q);
    naive.push(performance.now() - start);
  }
  await store.close();
  console.log(`${name}: ${TOTAL.toLocaleString('en-US')} passages in ${DOCUMENTS} documents`);
  console.log(
    `  add all: ${(addMs / 1000).toFixed(1)} s; first search after reopen: ${ms(firstMs)}${name === 'lowdb' ? ` (index rebuilt; RSS +${Math.round(rssGrowth / 1024 / 1024)} MB)` : ''}; longest event-loop stall meanwhile: ${ms(stall.max / 1e6)}`,
  );
  console.log(
    `  search median: ${ms(median(engine))}; naive scan median: ${ms(median(naive))}; naive / engine = ${(median(naive) / median(engine)).toFixed(1)}×`,
  );
}

const dir = await mkdtemp(join(tmpdir(), 'tw-bench-knowledge-'));
try {
  await bench('lowdb', () => openLowdbStore({ dir }));
} finally {
  await rm(dir, { recursive: true, force: true });
}
const cluster = await startPostgresCluster();
try {
  const db = await createDatabase(cluster.url, 'bench_knowledge');
  try {
    await bench('PostgreSQL', () => openPostgresStore({ url: db.url }));
  } finally {
    await db.drop();
  }
} finally {
  await cluster.stop();
}
