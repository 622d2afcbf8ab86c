/**
 * The words a learned model reads in a description: the dictionary forms of its content words
 * (nouns, verbs, adjectives, adverbs, names, numbers), as wink-nlp tags them. Small words
 * ("the", "of") say nothing about what a tool is for.
 */
import { readSentences, readTokens, type Token } from '../language';

const CONTENT = new Set(['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'NUM']);

export function wordFeatures(text: string): Set<string> {
  const out = new Set<string>();
  for (const t of readTokens(text)) if (t.kind === 'word' && CONTENT.has(t.pos)) out.add(t.lemma);
  return out;
}

/** Where the opening phrase ends: its first verb, or the first comma or colon. */
const ENDS_OPENING = (t: Token) => t.pos === 'VERB' || t.text === ',' || t.text === ':';

/**
 * The content lemmas of the opening phrase, before the first sentence's first verb, comma or
 * colon: people open by naming the tool ("Invoice tracker for my small business", "Email digest
 * of our analytics"), and what they say after it (a reminder sent, a row kept) is often a side
 * step around it.
 */
export function openingWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const t of readSentences(text)[0]?.tokens ?? []) {
    if (ENDS_OPENING(t)) break;
    if (t.kind === 'word' && CONTENT.has(t.pos)) out.add(t.lemma);
  }
  return out;
}

/**
 * The content lemmas of the closing sentence, when there is more than one: people often end on
 * what they want handed back or kept ("Keep all bookings.", "…and email the action items to the
 * owner"), after the steps that lead there. A one-sentence description has no closing apart from its opening.
 */
export function closingWords(text: string): Set<string> {
  const sentences = readSentences(text);
  const out = new Set<string>();
  if (sentences.length < 2) return out;
  for (const t of sentences[sentences.length - 1]!.tokens) if (t.kind === 'word' && CONTENT.has(t.pos)) out.add(t.lemma);
  return out;
}

/**
 * Every word's lemma, small words too (`a:`), and each pair of neighbouring lemmas (`b:`): "for
 * each", "come in", "send me", "into a table" say how a tool is used where content words alone do
 * not. By ten folds on dev and on descriptions sourced after the models were fitted, reading them
 * made the text-or-data and start models right more often (text-or-data.ts, event-kind.ts).
 */
export function phraseFeatures(text: string): Set<string> {
  const words = readTokens(text).filter((t) => t.kind === 'word');
  const out = new Set<string>();
  for (const t of words) out.add(`a:${t.lemma}`);
  for (let i = 0; i + 1 < words.length; i++) out.add(`b:${words[i]!.lemma}_${words[i + 1]!.lemma}`);
  return out;
}

/**
 * The content lemmas of the whole description (`w:`), of its opening phrase (`o:`) and of its
 * closing sentence (`e:`), added to `out`: what most learned models read of the words.
 */
export function lemmaFeatures(text: string, out: Set<string>): Set<string> {
  for (const lemma of wordFeatures(text)) out.add(`w:${lemma}`);
  for (const lemma of openingWords(text)) out.add(`o:${lemma}`);
  for (const lemma of closingWords(text)) out.add(`e:${lemma}`);
  return out;
}
