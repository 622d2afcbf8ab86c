/**
 * The values a clause item asks for, named as a person names a column: "which laptops are lent
 * to which staff member" asks for a laptop and a staff member, "when they're due back" for a
 * due date, "how much the customer has spent" for an amount spent, "how urgent it is" for its
 * urgency. A clause no such reading
 * fits stays one value as written ("what went well").
 */
import { nounOfAdjective } from './adjective-nouns';
import { written, type Token } from './language';

/** Interrogatives that ask which thing a noun after them names ("which room", "what size"). */
const WHICH = new Set(['which', 'what']);

/** Words that may describe the noun a "which" picks ("which open tasks", "which sleeping spots"). */
const describes = (t: Token) => t.pos === 'ADJ' || (t.pos === 'VERB' && t.lower.endsWith('ing'));
const isNoun = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN';

/** The noun phrase after each "which"/"what" of the clause: the things it asks to be picked. */
function pickedNouns(clause: readonly Token[]): string[] {
  const picked: string[] = [];
  for (let k = 0; k < clause.length; k++) {
    if (!WHICH.has(clause[k]!.lower)) continue;
    let end = k + 1;
    while (clause[end] && describes(clause[end]!)) end++;
    const nounFrom = end;
    while (clause[end] && isNoun(clause[end]!)) end++;
    if (end > nounFrom) picked.push(written(clause.slice(k + 1, end)));
  }
  return picked;
}

/** A verb's past participle as written ("spent", "paid", "shipped"); null for other forms. */
function participle(t: Token | undefined): string | null {
  if (t?.pos !== 'VERB' || t.lower === t.lemma || t.lower.endsWith('s') || t.lower.endsWith('ing')) return null;
  return t.lower;
}

/** Where the clause's auxiliary ends ("they're", "it was", "has"): the word after it is the predicate. */
function predicateAfterAux(clause: readonly Token[]): Token | undefined {
  const aux = clause.findIndex((t, k) => k > 0 && t.pos === 'AUX');
  return aux > 0 ? clause[aux + 1] : undefined;
}

/** Words that point back at the row itself: "who reported it", "who approved them". */
const THE_ROW = new Set(['it', 'them', 'this', 'that']);

/**
 * The person a "who" clause asks for, named as a column: "who reported it" → reported by, "who it's
 * issued to" → issued to, "who's responsible" → responsible person; null for any other clause.
 */
function whoValue(clause: readonly Token[]): string | null {
  const [, second, third, fourth] = clause;
  const done = participle(second);
  if (done && clause.slice(2).every((t) => THE_ROW.has(t.lower))) return `${done} by`;
  const to = clause.at(-1)?.lower === 'to' || clause.at(-1)?.lower === 'for';
  if (second && THE_ROW.has(second.lower) && third?.pos === 'AUX' && participle(fourth) && to && clause.length === 5)
    return `${fourth!.lower} ${clause.at(-1)!.lower}`;
  if (second?.pos === 'AUX' && third?.pos === 'ADJ' && clause.length === 3) return `${third.lower} person`;
  return null;
}

/** The person a "who" clause asks for, as a column's name ("reported by"), or null. */
export function whoColumn(clause: readonly Token[]): string | null {
  return clause[0]?.lower === 'who' ? whoValue(clause) : null;
}

/** The value names the clause asks for; the clause as written when it names no simpler one. */
export function clauseValues(clause: readonly Token[]): string[] {
  const first = clause[0]!.lower;
  // "which laptops are lent to which staff member": each thing picked is a column of its own.
  if (WHICH.has(first)) {
    const picked = pickedNouns(clause);
    if (picked.length > 0) return picked;
  }
  // "when they're due back", "when it was shipped": the moment of a state is its date.
  if (first === 'when') {
    const state = predicateAfterAux(clause);
    const word = state && (state.lower === 'due' ? 'due' : participle(state));
    if (word) return [`${word} date`];
  }
  // "how much the customer has spent": an amount, named by what was done with it.
  if (first === 'how' && clause[1]?.lower === 'much' && clause[2]?.pos !== 'NOUN') {
    const done = clause
      .slice(2)
      .map(participle)
      .find((w) => w !== null);
    if (done) return [`amount ${done}`];
  }
  // "how urgent it is", "how severe they are": the quality asked about, named by its noun.
  const pointing = (t: Token) => t.pos === 'PRON' || t.pos === 'AUX' || t.pos === 'DET';
  if (first === 'how' && clause[1]?.pos === 'ADJ' && clause.length > 2 && clause.slice(2).every(pointing)) {
    const quality = nounOfAdjective(clause[1]!.lower);
    if (quality) return [quality];
  }
  return [written(clause).trim()];
}
