/**
 * Where one fact of a directory entry comes from, and the date of that source: the entry's
 * `fieldSources` (keys name fields, e.g. "pricing.input" or "limits/prices/capabilities"),
 * else its main source; the date is the one the facts file records for that source.
 */
import { getCatalog, priceDataInfo, type ModelFacts } from '../../agent/catalog';

export interface FactSource {
  source: string;
  /** YYYY-MM-DD, or the source's own wording ("~2026-07-18 (inferred)"); "unknown" when none is recorded. */
  date: string;
}

/** Words that name a fact in `fieldSources` keys, most specific first. */
const KEY_WORDS: Record<string, readonly string[]> = {
  contextWindow: ['contextWindow', 'limits', 'context'],
  maxInputTokens: ['maxInputTokens', 'limits'],
  maxOutputTokens: ['maxOutputTokens', 'limits'],
  releaseDate: ['releaseDate', 'release'],
  knowledgeCutoff: ['knowledgeCutoff'],
  modalities: ['modalities'],
  capabilities: ['capabilities', 'reasoningLevels'],
  endpoints: ['endpoints'],
};

function keyWords(field: string): readonly string[] {
  if (field.startsWith('pricing.')) return [field, 'prices', 'pricing'];
  return KEY_WORDS[field] ?? [field];
}

function dateOf(source: string): string {
  const library = priceDataInfo();
  if (source.startsWith(library.library)) return library.date ?? 'unknown';
  const read = /\(read (\d{4}-\d{2}-\d{2})/.exec(source);
  if (read) return read[1]!;
  const known = getCatalog().sources.find((s) => (s.repo && source.includes(s.repo)) || s.urls?.some((u) => source.startsWith(u)));
  return known?.date ?? 'unknown';
}

export function factSource(model: ModelFacts, field: string): FactSource {
  if (field === 'lifecycle') {
    const source = model.lifecycle.source ?? model.source;
    return { source, date: model.lifecycle.sourceDate ?? dateOf(source) };
  }
  const keys = Object.keys(model.fieldSources);
  for (const word of keyWords(field)) {
    const key = keys.find((k) => k === word) ?? keys.find((k) => k.toLowerCase().includes(word.toLowerCase()));
    if (key) {
      const source = model.fieldSources[key]!;
      return { source, date: dateOf(source) };
    }
  }
  return { source: model.source, date: dateOf(model.source) };
}
