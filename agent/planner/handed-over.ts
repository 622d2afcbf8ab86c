/**
 * A table word or a log handed over as a file, not a table kept: "upload our change log",
 * "Paste a raw error log", "a spreadsheet of survey answers I upload". The noun is the object
 * of a verb of handing over: the nearest verb before it, or a clause right after it with a
 * person handing it ("… I paste"). "Upload receipts and add them to our sheet" keeps the
 * sheet: its nearest verb is "add".
 */
import type { Token } from './language';
import { POSSESSIVES } from './record-nouns';
import { TO_THE_PERSON } from './written-out';

/** Verbs by which a person hands a file over. */
const HANDING_VERBS = new Set(['upload', 'paste', 'attach', 'send', 'drop', 'import', 'give', 'provide']);
/** Words inside a noun phrase after its head: "a log of our deploys", "an export from Stripe". */
const PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'ADP', 'SYM']);
/** How far past its head a noun phrase may run before the clause that hands it over. */
const REACH = 6;

/** The verb whose object the noun at `i` is: the nearest verb before it, or the sentence's first word. */
function verbBefore(tokens: readonly Token[], i: number): Token | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    // "our FOCUS billing export": after a possessive or article it is a noun, whatever the tagger says.
    // "a client's completed intake form": a participle before a noun describes it.
    const describing = t.lower.endsWith('ed') && tokens[k + 1]?.pos === 'NOUN';
    const inPhrase = POSSESSIVES.has(tokens[k - 1]?.lower ?? '') || tokens[k - 1]?.pos === 'DET' || describing;
    // The tagger may read a sentence's first verb ("Paste a raw error log") as a noun.
    if ((t.pos === 'VERB' && !inPhrase) || k === 0) return t;
  }
  return undefined;
}

/** "a spreadsheet of answers I upload": the person hands the phrase over in a clause right after it. */
function handedAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + REACH; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PRON' && HANDING_VERBS.has(tokens[k + 1]?.lemma ?? '')) return true;
    if (!PHRASE.has(t.pos)) return false;
  }
  return false;
}

/** Verbs that hand over a file and nothing else: "send service queries" sends rows, "upload pics" files. */
const FILE_VERBS = new Set(['upload', 'paste', 'attach', 'drop', 'import']);

/** The noun at `i` is a file uploaded or pasted: "upload pics (people, products, objects)". */
export function uploaded(tokens: readonly Token[], i: number): boolean {
  const verb = verbBefore(tokens, i);
  return !!verb && FILE_VERBS.has(verb.lemma);
}

/** Words that open where a thing handed over goes: "attach it to the delivery record", "import them into our table". */
const DESTINATIONS = new Set(['to', 'into', 'onto']);

/** The noun at `i` names a file the person hands over (not where it goes). */
export function handedOver(tokens: readonly Token[], i: number): boolean {
  const verb = verbBefore(tokens, i);
  const at = verb ? tokens.indexOf(verb) : -1;
  const destination = tokens.slice(at + 1, i).some((t) => DESTINATIONS.has(t.lower));
  const hands = !!verb && HANDING_VERBS.has(verb.lemma) && !destination && !TO_THE_PERSON.has(tokens[at + 1]?.lower ?? '');
  return hands || handedAfter(tokens, i);
}
