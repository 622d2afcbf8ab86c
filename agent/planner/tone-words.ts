/**
 * A tone asked for ("a friendly reminder", "a bit firmer each time", "in my own voice"): only
 * writing has a tone, so a message with one is written for its reader, not filled from values.
 */
import { readTokens } from './language';
import { TEXT_NOUNS } from './result-words';

/** Describing words that say how a piece of writing should sound. */
const TONES = new Set([
  'personalised',
  'personalized',
  'friendly',
  'upbeat',
  'warm',
  'polite',
  'firm',
  'gentle',
  'soft',
  'formal',
  'informal',
  'casual',
  'playful',
  'witty',
  'empathetic',
  'apologetic',
  'cheerful',
  'conversational',
  'persuasive',
  'encouraging',
  'humorous',
]);
/** "in a friendly tone", "in my own voice", "our brand voice": a sound asked of the writing. */
const VOICE = /\bin\s+(?:[\w'-]+\s+){0,3}?(?:tone|voice)\b|\b(?:my|our|own|brand)\s+voice\b/i;
const PERSONAL = new Set(['personalised', 'personalized']);
/** Verbs that say how writing should come out: "keep it friendly", "make them warmer", "sound casual". */
const SOUNDS = new Set(['keep', 'make', 'sound', 'be', 'stay']);

/**
 * A tone word asked of the writing: before what is written ("a friendly reminder letter"), after
 * a verb saying how it comes out ("keep it friendly"), or growing ("a little firmer each week").
 * "Score each reply for tone" or "our warm leads" read or name something; they ask no tone.
 */
function toneAt(tokens: ReturnType<typeof readTokens>, i: number): boolean {
  const t = tokens[i]!;
  if (t.negated || !(TONES.has(t.lemma) || TONES.has(t.lower))) return false;
  // Only what is written for someone is personalised: no one reads "personalised" out of a review.
  if (PERSONAL.has(t.lower)) return true;
  if (tokens.slice(i + 1, i + 4).some((x) => x.pos === 'NOUN' && TEXT_NOUNS.has(x.lemma))) return true;
  if (t.lower !== t.lemma && t.lower.endsWith('er')) return true;
  const back = tokens.slice(Math.max(0, i - 3), i);
  return back.some((x) => SOUNDS.has(x.lemma)) && back.some((x) => x.pos === 'PRON');
}

export function asksForTone(text: string): boolean {
  if (VOICE.test(text)) return true;
  const tokens = readTokens(text);
  return tokens.some((_, i) => toneAt(tokens, i));
}
