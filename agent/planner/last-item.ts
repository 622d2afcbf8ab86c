/**
 * The last item of a list, where the sentence ends: the tagger often reads a name there as a
 * verb phrase ("…, ticket link and supporting acts.", "…, booking comment.", "…, and next due
 * date."), so a short run of plain words that closes the sentence after a list of names is
 * taken as written. A run that opens with a bare verb ("…, and approve them") is a clause.
 */
import { written, type Token } from './language';

/** Marks that close the sentence the list is in. */
const SENTENCE_ENDS = new Set(['.', ';', '!', '?']);
/** Parts of speech a name never holds: a pronoun, an article or a preposition makes it a clause. */
const CLAUSE_PARTS = new Set(['PRON', 'AUX', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'PART']);
/** Longest name taken as written. */
const MAX_WORDS = 3;

/** The words of the list's last item at `from`, with the sentence end after it, or null. */
export function lastItemAsWritten(tokens: readonly Token[], from: number): { words: string; next: number } | null {
  let end = from;
  while (end < tokens.length && !SENTENCE_ENDS.has(tokens[end]!.text)) end++;
  const run = tokens.slice(from, end).filter((t) => t.text !== '-');
  if (run.length === 0 || run.length > MAX_WORDS) return null;
  if (run.some((t) => (t.kind !== 'word' && t.kind !== 'number') || CLAUSE_PARTS.has(t.pos))) return null;
  const first = run[0]!;
  // "…, and approve" / "…, and sends reminders": a verb not in -ing opens a clause of its own.
  if (first.pos === 'VERB' && !first.lower.endsWith('ing')) return null;
  return { words: written(tokens.slice(from, end)), next: end };
}
