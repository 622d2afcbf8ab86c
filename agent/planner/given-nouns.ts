/**
 * The words by which a photo or a document is named, and the object of a verb that hands one
 * over ("upload a candidate's CV", "give it a slide deck").
 */
import type { Token } from './language';

/** Who receives what is given, right after the verb: "give it a deck", "hand the tool a paper". */
const RECEIVER = new Set(['it', 'this', 'them']);
export const PHOTO_NOUNS = new Set([
  'photo',
  'photos',
  'picture',
  'pic',
  'image',
  'screenshot',
  'selfie',
  'snapshot',
  'headshot',
  'shot',
  'scan',
]);
export const DOCUMENT_NOUNS = new Set([
  'document',
  'file',
  'contract',
  'cv',
  'resume',
  'résumé',
  'book',
  'transcript',
  'statement',
  'letter',
  'invoice',
  'agreement',
  'sow',
  'attachment',
  'report',
  'paper',
  'policy',
  'manual',
  'deck',
  'spreadsheet',
  'proposal',
  'brief',
  'chart',
  'handbook',
  'presentation',
  'manuscript',
  'thesis',
  'whitepaper',
  'brochure',
  'ebook',
]);
/** File formats: naming one is enough. */
export const DOCUMENT_FORMATS = new Set(['pdf', 'pdfs', 'docx', 'doc', 'txt', '.txt', 'csv', 'odt', 'rtf', 'word']);
/** How far after the verb the noun may come ("upload a candidate's CV", "send a picture of a product"). */
export const REACH = 6;

/** Index of the first of `nouns` in the verb's object, or -1. */
export function nounAfter(tokens: readonly Token[], i: number, nouns: ReadonlySet<string>): number {
  for (let k = i + 1; k < Math.min(tokens.length, i + 1 + REACH); k++) {
    const t = tokens[k]!;
    if (nouns.has(t.lemma) || nouns.has(t.lower)) return k;
    // "give it a slide deck": the tool receives, the deck is given.
    if (k === i + 1 && RECEIVER.has(t.lower)) continue;
    // The object ends where the next clause starts.
    if (t.text === '.' || t.text === ';' || t.lower === 'and' || t.lower === 'then' || t.lower === 'it') return -1;
  }
  return -1;
}

/** Words for sound and film: "the raw audio file", "a video recording" is no document to read. */
const MEDIA = new Set(['audio', 'video', 'sound', 'voice', 'recording', 'music', 'podcast', 'mp3', 'wav', 'mp4']);

/** The noun at `k`, or the word before it, names sound or film. */
export function mediaAt(tokens: readonly Token[], k: number): boolean {
  return MEDIA.has(tokens[k]?.lemma ?? '') || MEDIA.has(tokens[k - 1]?.lemma ?? '');
}
