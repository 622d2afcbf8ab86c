/**
 * "confirmation #", "PO#", "reg #", "engine no", "invoice no.": a number sign or "no" after a word
 * is shorthand for its number. Read as written, the sign cut a list of fields short ("pull
 * confirmation #, carrier, origin …" named one field) and "no" read as a refusal, so the planner
 * reads both as the word "number". A sign before a word ("#support", "#3"), a one-letter name
 * ("C#") and "no" after a word that numbers nothing ("with no", "yes or no") are left as written.
 */
const NUMBER_SIGN = /\b([A-Za-z][A-Za-z.]+)\s?#(?=[\s,;:)/]|$)/g;

/** Things that carry a number, written "engine no" or "invoice no.". */
const NUMBERED = [
  'account',
  'batch',
  'booking',
  'case',
  'certificate',
  'chassis',
  'claim',
  'engine',
  'invoice',
  'item',
  'job',
  'lot',
  'order',
  'part',
  'phone',
  'policy',
  'receipt',
  'reference',
  'registration',
  'serial',
  'ticket',
];
/** "engine no," "invoice no." "chassis no and …": the abbreviation ends an item of a list, or the text. */
const NUMBER_NO = new RegExp(`\\b(${NUMBERED.join('|')}) no\\.?(?=\\s*(?:[,;:)/]|and\\b|or\\b|$))`, 'gi');

/** `text` with each number sign or "no" after a word read as "number". */
export function withNumberWords(text: string): string {
  return text.replace(NUMBER_SIGN, '$1 number').replace(NUMBER_NO, '$1 number');
}
