/**
 * The planner's reading of English: sentences, tokens with part of speech, lemma and negation,
 * from wink-nlp and its bundled English model (chosen over compromise by measurement on the
 * corpus's dev split: more of the fields people name among its noun phrases, at a fraction of
 * the time; see bench/nlp-library-choice.ts). The model loads once per process (readFresh says when again); a turn reads
 * the same description from several places, so the last few readings are kept.
 */
import winkNLP, { type ItemSentence, type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { retagCommands } from './imperatives';
import { retagListNouns } from './list-nouns';
import { keepRecent } from './recent';
import type { Token } from './token';

export type { Token } from './token';
export { isVerbAt } from './imperatives';

/** The part of wink-nlp's model that holds the words it knows, each list entry at its hash index. */
interface Lexicon {
  hash: Record<string, number>;
  list: string[];
}

/** A wink-nlp reader and the lexicon of the model it loaded (model.core() loads a fresh one each call). */
function freshReader() {
  let lexicon: Lexicon | null = null;
  const core = () => {
    const loaded = (model as unknown as { core: () => { features: { lexeme: Lexicon } } }).core();
    lexicon = loaded.features.lexeme;
    return loaded;
  };
  const nlp = winkNLP({ ...model, core } as typeof model, ['sbd', 'pos', 'negation']);
  if (!lexicon) throw new Error('wink-nlp did not load its model’s lexicon.');
  const words: Lexicon = lexicon;
  return { nlp, lexicon: words, loaded: words.list.length };
}

/**
 * How many words forgotten readings may leave in the lexicon's list before the reader is loaded
 * afresh (about 60 ms): the list only grows, as the library indexes it.
 */
const FORGOTTEN_LIMIT = 100_000;

let reader = freshReader();

/**
 * wink-nlp adds every word it meets to its lexicon, and later splits a word by whether the
 * lexicon has it: "do's" read as "do" + "'s" until some text had "do's/don'ts", and as one word
 * after. The words a reading added are forgotten once it is done, so a description reads the
 * same whatever the process read before it (a long-running server, the eval, a model refit).
 */
function readFresh<T>(read: (nlp: typeof reader.nlp) => T): T {
  if (reader.lexicon.list.length - reader.loaded > FORGOTTEN_LIMIT) reader = freshReader();
  const { nlp, lexicon } = reader;
  const known = lexicon.list.length;
  try {
    return read(nlp);
  } finally {
    for (let i = known; i < lexicon.list.length; i++) delete lexicon.hash[lexicon.list[i]!];
  }
}

const its = reader.nlp.its;
// The typings declare the lemma reader with the add-ons argument the library passes itself.
const LEMMA = its.lemma as unknown as typeof its.value;

export interface Sentence {
  text: string;
  tokens: Token[];
}

/** More brackets opened than closed. */
function bracketOpen(tokens: readonly Token[]): boolean {
  let depth = 0;
  for (const t of tokens) depth += t.text === '(' ? 1 : t.text === ')' ? -1 : 0;
  return depth > 0;
}

/** The most words a bracket may run on across sentence ends: an example's code, not prose. */
const BRACKET_SPAN = 16;

/**
 * The sentence after one that left a bracket open belongs to it when the bracket closes, or may
 * still close, within a few words ("(e.g. 4." + "NF." + "B.3) and …"); a bracket never closed
 * does not swallow the sentences after it.
 */
function continuesBracket(open: readonly Token[], next: readonly Token[]): boolean {
  if (!bracketOpen(open)) return false;
  const since = open.length - open.map((t) => t.text).lastIndexOf('(');
  const close = next.findIndex((t) => t.text === ')');
  return since + (close >= 0 ? close : next.length) <= BRACKET_SPAN;
}

/** `text` as sentences of annotated tokens, the last 16 texts read kept (recent.ts). */
export const readSentences: (text: string) => Sentence[] = keepRecent(16, (text) => readFresh((nlp) => readDoc(nlp, text)));

function readDoc(nlp: typeof reader.nlp, text: string): Sentence[] {
  // "(customs hold, typhoon...)": three dots trail off a list; the model would end a sentence there.
  const doc = nlp.readDoc(text.replace(/\.{3}/g, '…'));
  const sentences: Sentence[] = [];
  doc.sentences().each((s: ItemSentence) => {
    const tokens: Token[] = [];
    s.tokens().each((t: ItemToken) => {
      const value = t.out();
      tokens.push({
        text: value,
        lower: value.toLowerCase(),
        lemma: String(t.out(LEMMA)).toLowerCase(),
        pos: String(t.out(its.pos)),
        negated: Boolean(t.out(its.negationFlag)),
        kind: String(t.out(its.type)),
        space: String(t.out(its.precedingSpaces)),
      });
    });
    // "when i'm adding drugs": the model keeps "I'm" as one word it calls a name; it is the speaker.
    for (const t of tokens) if (t.lower === "i'm" || t.lower === 'i’m') Object.assign(t, { pos: 'PRON', lemma: 'i' });
    retagCommands(tokens);
    retagListNouns(tokens);
    // "(e.g. 3.OA.A.1)": the model ends sentences at the dots of an example; a bracket still open goes on.
    const open = sentences[sentences.length - 1];
    if (open && continuesBracket(open.tokens, tokens)) {
      open.text = `${open.text}${tokens[0]?.space ?? ' '}${s.out()}`;
      open.tokens.push(...tokens);
    } else sentences.push({ text: s.out(), tokens });
  });
  return sentences;
}

/** Every token of `text`, sentence after sentence. */
export function readTokens(text: string): Token[] {
  return readSentences(text).flatMap((s) => s.tokens);
}

/**
 * The tokens as written, spaces between them kept. `leading` keeps the space before the first
 * one too, so pieces of a sentence rebuilt one after another stay apart as they were.
 */
export function written(tokens: readonly Token[], leading = false): string {
  return tokens.map((t, k) => (k === 0 && !leading ? t.text : `${t.space}${t.text}`)).join('');
}

/** Some token's lemma (or lower-case form) is in `words` and is not negated. */
export function saysAny(tokens: readonly Token[], words: ReadonlySet<string>): boolean {
  return tokens.some((t) => !t.negated && (words.has(t.lemma) || words.has(t.lower)));
}

export const NOUNISH = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'X']);

/** An arrow ("→", "->", "=>"; the tagger splits "->" into "-" and ">"): the builders' shorthand for "then" or "gives". */
export function isArrow(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!.text;
  if (t === '→' || t === '->' || t === '=>') return true;
  const before = tokens[i - 1]?.text;
  return t === '>' && (before === '-' || before === '=');
}
