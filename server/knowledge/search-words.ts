/**
 * The words of a search, the same for both engines: letters and digits runs, lower-cased,
 * each once, at most MAX_SEARCH_WORDS. A passage matching any of them is a candidate; the engine
 * ranks (MiniSearch BM25; PostgreSQL ts_rank over `word or word …`), so a question in full
 * sentences finds passages that share only some of its words.
 */
export const MAX_SEARCH_WORDS = 32;

export function searchWords(query: string): string[] {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
  return [...new Set(words)].slice(0, MAX_SEARCH_WORDS);
}
