/**
 * A verb in the present tense after its subject, also where the tagger read it as a noun or an
 * adverb ("a new lead lands in our table", "Intercom forwards each conversation", "whatever
 * lands in the inbox"): a word ending in -s whose stem is one of the verbs asked about, between
 * a subject and what follows a verb.
 */
import type { Token } from './language';

/** Words that can start what follows a verb: a preposition, an article, a pronoun, an adverb. */
const AFTER_VERB = new Set(['ADP', 'DET', 'PRON', 'ADV', 'PART']);
/** Words that can end a subject. */
const SUBJECT_END = new Set(['NOUN', 'PROPN', 'PRON', 'DET']);

/** Determiners that stand alone as a subject: "whatever lands in the inbox", and relative pronouns: "every invoice that lands in". */
const STANDING_ALONE = new Set(['whatever', 'anything', 'everything', 'something', 'each', 'all', 'that', 'which']);

/** The stem of a present-tense -s form: "lands" → land, "pushes" → push. */
function stemOf(word: string): string[] {
  if (!word.endsWith('s')) return [];
  return word.endsWith('es') ? [word.slice(0, -1), word.slice(0, -2)] : [word.slice(0, -1)];
}

/** Token `i` says one of `verbs`: tagged a verb with that lemma, or an -s form in a verb's place. */
export function saysVerbAt(tokens: readonly Token[], i: number, verbs: ReadonlySet<string>): boolean {
  const t = tokens[i];
  if (!t || t.negated) return false;
  if (t.pos === 'VERB' || t.pos === 'AUX') return verbs.has(t.lemma);
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (
    // "lands" after "a lead", "land" after "responses".
    (stemOf(t.lower).some((s) => verbs.has(s)) || verbs.has(t.lower)) &&
    !!before &&
    SUBJECT_END.has(before.pos) &&
    (before.pos !== 'DET' || STANDING_ALONE.has(before.lower)) &&
    !!after &&
    AFTER_VERB.has(after.pos)
  );
}
