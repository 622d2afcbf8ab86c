/**
 * Repairs typing slips in a description before the planner reads it ("a tabel of invioces" →
 * "a table of invoices"), so a hurried message builds the app a careful one would. A word is
 * repaired only when the dictionary does not know it, it is no acronym, identifier, address or
 * quotation (a capitalised word inside a sentence, a name, becomes only a name the dictionary
 * knows: "Firday" → "Friday", never "Canva" → "Canvas"), and one repair is clearly the likeliest: one of the slips typists make
 * most (two letters swapped, a letter dropped, a letter doubled), never at the first letter, and
 * by far the most said when several fit. Other one-letter changes are left alone: on real
 * descriptions they mostly "repaired" words the dictionary lacks (dedupe → deduce, wifi → wife).
 * The person's message itself is never rewritten: only what the planner reads of a description.
 * Follow-up changes are read as typed: they carry names the person chose ("call it Invoyce hub"); they
 * are read repaired only when the typed words were not understood ("delet this", plan-turn.ts).
 */
import { spellingWords, type SpellingWords } from './spelling-words';

/** Shorter words have too many neighbours one letter away for any repair to be clear. */
const MIN_LENGTH = 4;
/** Longer than English words run: a run of letters, an identifier or a pasted blob, left as written. */
const MAX_LENGTH = 24;
/** A text with more unknown words than this is no hurried English; the rest are left as written. */
const MAX_UNKNOWN = 60;
/** Of several repairs, the likeliest is clear when it is said this many times as often as the next. */
const CLEAR_RATIO = 10;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** A word opening a sentence is repaired only into a word said at least this often ("Deel" is no slip of "dele"). */
const SENTENCE_START_FREQUENCY = 10;

/** A written word with what stands around it: "(invioce," → "(", "invioce", ",". Anything else is no plain word. */
const PLAIN_WORD = /^(\W*?)([A-Za-z]+(?:-[A-Za-z]+)*)(['’]s)?(\W*)$/;
/** What ends a sentence or opens a list item, so the next word is capitalised as a matter of course. */
const SENTENCE_END = /[.!?:;]["'”’)\]]*$/;
const LIST_MARK = /^(?:[-*•–]|\d+[.)])$/;

/**
 * Words one slip away from `word` (lower case): two neighbours swapped, and unless `swapsOnly` a
 * letter dropped or doubled; never the first letter.
 */
function slipsOf(word: string, swapsOnly: boolean): Set<string> {
  const slips = new Set<string>();
  for (let i = 1; i <= word.length; i++) {
    const head = word.slice(0, i);
    if (i + 1 < word.length) slips.add(`${head}${word[i + 1]}${word[i]}${word.slice(i + 2)}`);
    if (swapsOnly) continue;
    for (const c of LETTERS) slips.add(`${head}${c}${word.slice(i)}`);
    if (word[i] === word[i - 1]) slips.add(`${head}${word.slice(i + 1)}`);
  }
  return slips;
}

/**
 * "funder", "approvers": one who does what a known word says, a word English makes at will, not a
 * slip. A stem's own final e goes before -er ("use" → "user"), so "useer" is no such word.
 */
function namesADoer(word: string, words: SpellingWords): boolean {
  const stem = /^([a-z]{2,}[a-df-z])ers?$/.exec(word)?.[1];
  return stem !== undefined && (words.knows(stem) || words.knows(`${stem}e`));
}

/**
 * The one clear repair of a lower-case word the dictionary does not know, else null: into a name
 * only if `asName`; by swapped letters only if `swapsOnly`.
 */
function repairOf(word: string, words: SpellingWords, asName: boolean, swapsOnly: boolean): string | null {
  const known = [...slipsOf(word, swapsOnly)].filter((w) => words.knowsLower(w) && (!asName || words.isName(w)));
  const [first, second] = known.map((w) => ({ w, n: words.frequency(w) })).sort((a, b) => b.n - a.n);
  if (!first) return null;
  return !second || first.n >= CLEAR_RATIO * Math.max(second.n, 1) ? first.w : null;
}

/** A word written all in capitals or with capitals inside ("CRM", "iPhone", "HubSpot") is a name or acronym. */
const isAcronymOrMixed = (word: string) => /[A-Z]/.test(word.slice(1));
const isCapitalised = (word: string) => /^[A-Z]/.test(word);

/** A quotation opens with this piece ("'Invoice", "“exact"): the person's exact words are meant. */
const OPENS_QUOTE = /^\W*["“‘'`]/;

/** Whether a quotation is still open after `piece`, given whether one was open before it. */
function quoteOpenAfter(piece: string, open: boolean): boolean {
  let now = open || /^\W*['‘]/.test(piece);
  for (const c of piece) {
    if (c === '“') now = true;
    else if (c === '”') now = false;
    else if (c === '"' || c === '`') now = !now;
  }
  return now && !/[’']\W*$/.test(piece);
}

/** The planner reads the same message again on every step of a turn: the last few repairs are kept. */
const CACHE_SIZE = 16;
const cache = new Map<string, string>();

/** `text` with its clear typing slips repaired; everything else exactly as written. */
export function repairSpelling(text: string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const repaired = repairedWords(text);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(text, repaired);
  return repaired;
}

function repairedWords(text: string): string {
  const pieces = text.split(/(\s+)/);
  let words: SpellingWords | null = null;
  let quoted = false;
  let previous = '';
  let unknown = 0;
  for (let i = 0; i < pieces.length; i += 2) {
    const piece = pieces[i]!;
    if (piece === '') continue;
    const startsSentence = previous === '' || SENTENCE_END.test(previous) || LIST_MARK.test(previous) || /\n/.test(pieces[i - 1] ?? '');
    const inQuote = quoted || OPENS_QUOTE.test(piece);
    previous = piece;
    quoted = quoteOpenAfter(piece, quoted);
    const m = PLAIN_WORD.exec(piece);
    if (!m || inQuote) continue;
    const [, before, word, possessive, after] = m;
    const parts = word!.split('-').map((part) => {
      if (isAcronymOrMixed(part) || part.length < MIN_LENGTH || part.length > MAX_LENGTH) return part;
      words ??= spellingWords();
      const lower = part.toLowerCase();
      if (words.knows(lower) || namesADoer(lower, words) || ++unknown > MAX_UNKNOWN) return part;
      // A capital inside a sentence marks a name: repaired only into a name the dictionary knows ("Firday" → "Friday").
      // One opening a sentence may be a product's name one letter off a word ("Canva", "Xero"): only swapped letters there.
      const capital = isCapitalised(part);
      const repaired = repairOf(lower, words, capital && !startsSentence, capital && startsSentence);
      if (!repaired || (capital && startsSentence && words.frequency(repaired) < SENTENCE_START_FREQUENCY)) return part;
      return capital ? `${repaired[0]!.toUpperCase()}${repaired.slice(1)}` : repaired;
    });
    pieces[i] = `${before}${parts.join('-')}${possessive ?? ''}${after}`;
  }
  return pieces.join('');
}
