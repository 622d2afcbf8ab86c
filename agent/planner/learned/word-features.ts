/**
 * The words a learned model reads in a description: the dictionary forms of its content words
 * (nouns, verbs, adjectives, adverbs, names, numbers), as wink-nlp tags them. Small words
 * ("the", "of") say nothing about what a tool is for.
 */
import { readTokens } from '../language';

const CONTENT = new Set(['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'NUM']);

export function wordFeatures(text: string): Set<string> {
  const out = new Set<string>();
  for (const t of readTokens(text)) if (t.kind === 'word' && CONTENT.has(t.pos)) out.add(t.lemma);
  return out;
}
