/**
 * Files the tool looks at or goes over, which are then handed to it: "summarise a scanned lease",
 * "from a screenshot of an error, explain …".
 */
import { nounAfter, PHOTO_NOUNS } from './given-nouns';
import type { Token } from './language';

/** Verbs of going over a text closely ("go through" by its preposition). */
const READING = new Set(['read', 'summarize', 'review', 'check', 'compare', 'screen', 'parse', 'analyze', 'audit', 'proofread', 'vet']);
/** Documents that come as files whatever is said of how: "a lease", "an NDA", "résumés". */
const FILE_WORDS = [
  'contract',
  'cv',
  'resume',
  'résumé',
  'invoice',
  'statement',
  'agreement',
  'lease',
  'nda',
  'rfp',
  'manuscript',
  'thesis',
  'whitepaper',
  'paper',
  'handbook',
];
/** Each, singular and plural (the tagger leaves some plurals as they are: "résumés"). */
const FILES = new Set(FILE_WORDS.flatMap((f) => [f, `${f}s`]));

/**
 * "summarise a scanned lease", "screen résumés", "go through a tenancy agreement": a file-like document the
 * tool goes over, as the head of the verb's object, is handed to it ("review the contract clause I paste" is a clause).
 */
export function fileReadAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const through = t.lemma === 'go' && (tokens[i + 1]?.lemma === 'through' || tokens[i + 1]?.lemma === 'thru');
  if (!(READING.has(t.lemma) && (t.pos === 'VERB' || i === 0)) && !through) return false;
  const k = nounAfter(tokens, through ? i + 1 : i, FILES);
  const next = tokens[k + 1];
  return k >= 0 && next?.pos !== 'NOUN' && next?.pos !== 'PROPN' && next?.pos !== 'ADJ';
}

/** Prepositions of where the tool looks or takes from: "from a screenshot", "at the picture", "in each photo". */
const SOURCE = new Set(['from', 'at', 'in', 'on']);
/** Verbs that make images: "generate photos … from a description" makes them. */
export const MAKING = new Set(['generate', 'create', 'make', 'produce', 'design', 'render', 'draw']);

/**
 * "from a screenshot of an error, explain …", "look at the picture of a room": a photo the tool looks
 * at or takes from is handed to it — from one always, at/in/on unless the nearest verb before makes it.
 */
export function photoAsSource(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  // The head of its phrase: "in the image channel" names a channel.
  const head = tokens[i + 1]?.pos !== 'NOUN' && tokens[i + 1]?.pos !== 'PROPN';
  if ((!PHOTO_NOUNS.has(t.lemma) && !PHOTO_NOUNS.has(t.lower)) || !head) return false;
  let k = i - 1;
  while (tokens[k] && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PRON')) k--;
  const by = tokens[k];
  if (!by || !SOURCE.has(by.lower)) return false;
  if (by.lower === 'from') return true;
  // The tagger reads an order's verb as a name at times ("Count the people in each photo").
  const verb = tokens.slice(0, k).findLast((x) => x.pos === 'VERB') ?? tokens[0];
  return !!verb && !MAKING.has(verb.lemma);
}
