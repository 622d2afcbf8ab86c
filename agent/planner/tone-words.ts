/**
 * A tone asked for ("a friendly reminder", "a bit firmer each time", "in my own voice"): only
 * writing has a tone, so a message with one is written for its reader, not filled from values.
 */
import { readTokens } from './language';

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
/** "a friendly tone", "in my own voice", "our brand voice"; "the tone of each review" is a value read out. */
const VOICE = /\b(?:tone(?!\s+of\b)|(?:my|our|own|brand)\s+voice)\b/i;

export function asksForTone(text: string): boolean {
  if (VOICE.test(text)) return true;
  return readTokens(text).some(
    (t) => (t.pos === 'ADJ' || t.pos === 'ADV' || t.pos === 'VERB') && !t.negated && (TONES.has(t.lemma) || TONES.has(t.lower)),
  );
}
