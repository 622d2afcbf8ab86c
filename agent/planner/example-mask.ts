/**
 * Examples in a sentence ("e.g. auto-renewal", "like 'The water cycle'", "(…, that kind of
 * thing)"): content for a prompt, never fields. Read once per sentence as a mask over its tokens.
 */
import { namesKindOfValue } from './bracket-fields';
import { inferFieldType } from './field-types';
import { readSentences, written, type Token } from './language';

/** Words that introduce examples; what follows them up to the clause's end is prompt content. */
const EXAMPLE_OPENERS = new Set(['e.g.', 'eg', 'e.g', 'i.e.', 'example', 'such', 'like', 'say', 'etc', 'etc.']);

/** Words that end a bracket of examples. */
const EXAMPLE_ENDINGS = ['etc', 'etc.', '…', 'kind of thing', 'so on', 'and more', 'or similar'];
/** Kinds of value no example of a thing is, beside dates and numbers: "email", "website". */
const ADDRESS_KINDS = new Set(['email', 'url']);
const masks = new WeakMap<readonly Token[], boolean[]>();

/** Token indexes that are examples, read once per sentence (the reader keeps its sentences). */
export function exampleMask(tokens: readonly Token[]): boolean[] {
  const hit = masks.get(tokens);
  if (hit) return hit;
  const mask = readExampleMask(tokens);
  masks.set(tokens, mask);
  return mask;
}

const QUOTES = new Set(["'", '"', '“', '‘']);
const CLOSING = new Set(['”', '’']);
/** Words that join one quoted example to the next: "like 'bonds' or 'gilts'". */
const JOINING_EXAMPLES = new Set(['or', 'and', ',']);

function isOpeningQuote(t: Token | undefined): boolean {
  return t !== undefined && QUOTES.has(t.text);
}

/** The closing quote of the quoted example opening at `open`, and of each one joined to it by "or", "and" or a comma; -1 when unclosed. */
function quotedRunEnd(tokens: readonly Token[], open: number): number {
  const quote = tokens[open]!.text;
  const close = tokens.findIndex((x, k) => k > open && (x.text === quote || CLOSING.has(x.text)));
  if (close < 0) return -1;
  const more =
    JOINING_EXAMPLES.has(tokens[close + 1]?.lower ?? '') && isOpeningQuote(tokens[close + 2]) ? quotedRunEnd(tokens, close + 2) : -1;
  return Math.max(close, more);
}

/** The comma-parted items of a bracket's tokens, as written. */
function bracketItems(inside: readonly Token[]): { words: string }[] {
  const items: { words: string }[] = [];
  let run: Token[] = [];
  for (const t of [...inside, undefined]) {
    if (t === undefined || t.text === ',') {
      if (run.length > 0) items.push({ words: written(run) });
      run = [];
    } else if (t.kind === 'word' || t.kind === 'number') run.push(t);
  }
  return items;
}

/** Examples run from an example word to the end of the bracket or clause. */
function readExampleMask(tokens: readonly Token[]): boolean[] {
  const mask = tokens.map(() => false);
  let depth = 0;
  let inExample = false;
  let exampleDepth = 0;
  let quotedUntil = -1;
  tokens.forEach((t, i) => {
    if (t.text === '(') depth++;
    if (t.text === ')') {
      if (inExample && depth === exampleDepth) inExample = false;
      depth = Math.max(0, depth - 1);
      mask[i] = inExample;
      return;
    }
    const next = tokens[i + 1];
    const quoted = next?.kind === 'punctuation' || next?.text === "'";
    // "like 'x'", "(like x", "say iPhone 11": examples; "say every hour" is said for real.
    const cue =
      t.lower === 'like'
        ? tokens[i - 1]?.text === '(' || tokens[i - 1]?.text === ',' || quoted
        : t.lower === 'say'
          ? quoted || next?.pos === 'PROPN' || next?.pos === 'NUM'
          : true;
    const opens = EXAMPLE_OPENERS.has(t.lower) && cue;
    const such = t.lower === 'such' && tokens[i + 1]?.lower === 'as';
    if ((opens && t.lower !== 'such') || such || (t.lower === 'for' && tokens[i + 1]?.lower === 'example')) {
      inExample = true;
      exampleDepth = depth;
      // "like 'The water cycle'": a quoted example ends with its closing quote.
      if (isOpeningQuote(tokens[i + 1])) {
        const close = quotedRunEnd(tokens, i + 1);
        if (close > i) {
          for (let k = i; k <= close; k++) mask[k] = true;
          quotedUntil = close;
          inExample = false;
        }
      }
    }
    if (i <= quotedUntil) {
      mask[i] = true;
      return;
    }
    // "(e.g. 3.OA.A.1)": inside a bracket only its closing ends the examples; the dots are theirs.
    if (inExample && exampleDepth === 0 && depth === 0 && (t.text === '.' || t.text === ';' || t.text === '—' || t.text === ':'))
      inExample = false;
    mask[i] = inExample;
  });
  // "(futuristic cities, surreal landscapes, that kind of thing)": a bracket ending so is examples.
  tokens.forEach((t, i) => {
    if (t.text !== ')') return;
    const tail = tokens
      .slice(Math.max(0, i - 3), i)
      .map((x) => x.lower)
      .join(' ');
    if (!EXAMPLE_ENDINGS.some((e) => tail.endsWith(e))) return;
    const open = tokens.findLastIndex((x, k) => k < i && x.text === '(');
    // "our Typeform (goal, gender, age, email…)": a thing's kinds of value trailing off are its fields, not examples
    // (one alone may be an amount among examples: "appendices (budget, org profile…)").
    const owner = tokens[open - 1];
    const kinds = bracketItems(tokens.slice(open + 1, i)).filter(
      (x) => namesKindOfValue(x) || ADDRESS_KINDS.has(inferFieldType(x.words, null).type),
    );
    if ((owner?.pos === 'NOUN' || owner?.pos === 'PROPN') && kinds.length >= 2) return;
    for (let k = open + 1; k >= 1 && k < i; k++) mask[k] = true;
  });
  return mask;
}

/** `text` with its examples left out ("clauses (e.g. auto-renewal, liability caps)" → "clauses"). */
export function withoutExamples(text: string): string {
  return readSentences(text)
    .map(({ tokens }) => {
      const mask = exampleMask(tokens);
      // An emptied bracket is dropped with its examples.
      return written(
        tokens.filter((_, i) => !mask[i]),
        true,
      ).replace(/\(\s*\)/g, '');
    })
    .join(' ');
}
