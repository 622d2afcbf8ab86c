/**
 * Fields named by a clause rather than a noun: in a list of what a person fills in or what the
 * tool reads out, "what I did today", "how long I've worked with web tech" or "who they report
 * to" is one value, and a lone "why" asks for a reason.
 */
import { clauseValues, whoColumn } from './clause-values';
import { type Token, written } from './language';

/** Words that open a clause standing for a thing (English interrogatives). */
const WH_WORDS = new Set(['what', 'who', 'whom', 'whose', 'which', 'how', 'whether', 'why', 'when', 'where']);

/** A lone interrogative in a list asks for the value it names: "the suggested status and why". */
const WH_NOUNS: Record<string, string> = { why: 'reason', when: 'date', where: 'place' };

/** A clause item is short: longer runs are sentences, not names of a value. */
const MAX_TOKENS = 8;

/** Where an item of a list ends: a mark, "and", or an arrow to what the tool makes ("how many are coming -> an agenda"). */
function endsItem(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return (
    [',', ';', '.', ':', '(', ')', '—', '+', '&', '→'].includes(t.text) ||
    t.lower === 'and' ||
    (t.text === '-' && tokens[k + 1]?.text === '>')
  );
}

/** Marks that end the alternatives: "…, remote or hybrid." as well as "…, remote or hybrid, and the date". */
const CLAUSE_ENDS = new Set([',', '.', ';', ')']);

/** How many words an alternative after a "whether" clause may have. */
const MAX_ALTERNATIVE = 3;

/**
 * "whether it's in person, remote or hybrid": the alternatives after the comma belong to the
 * clause, which then asks to pick one of them (what follows its auxiliary is the first). The
 * choices and the index of the mark that ends them, or null when no such alternatives follow.
 */
function alternativesAfter(clause: readonly Token[], tokens: readonly Token[], end: number): { choices: string; next: number } | null {
  const aux = clause.findIndex((t) => t.pos === 'AUX');
  if (tokens[end]?.text !== ',' || aux < 0 || aux === clause.length - 1) return null;
  const choices = [written(clause.slice(aux + 1))];
  let run: Token[] = [];
  let k = end + 1;
  for (; k < tokens.length && !CLAUSE_ENDS.has(tokens[k]!.text); k++) {
    const t = tokens[k]!;
    if (t.lower === 'or') {
      if (run.length === 0 || run.length > MAX_ALTERNATIVE) return null;
      choices.push(written(run));
      run = [];
    } else if (t.kind === 'word' && (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'ADV')) run.push(t);
    else return null;
  }
  if (run.length === 0 || run.length > MAX_ALTERNATIVE || choices.length < 2) return null;
  choices.push(written(run));
  return { choices: choices.join(', '), next: k };
}

/** "how many columns", "how much stock": a quantity asked of a noun names a count, verb or none. */
const countOf = (clause: readonly Token[]): boolean =>
  clause.length >= 3 &&
  clause[0]!.lower === 'how' &&
  (clause[1]!.lower === 'many' || clause[1]!.lower === 'much') &&
  clause[2]!.pos === 'NOUN';

/**
 * The values the clause item starting at `from` names ("what I want to grow into"; "which
 * laptops go to which person" names two), with the index after it; null when no interrogative
 * opens a short clause there.
 */
export function clauseItemAt(
  tokens: readonly Token[],
  from: number,
  mask: readonly boolean[],
): { values: string[]; choices?: string; label?: string; next: number } | null {
  const first = tokens[from];
  if (!first || mask[from] || !WH_WORDS.has(first.lower)) return null;
  // "a form where people enter…", "the person who signs": after a noun the clause describes it.
  // "whether" opens no such clause: after a word read as a noun ("marks/NOUN whether …") it is still an object.
  const before = tokens[from - 1];
  if (before && (before.pos === 'NOUN' || before.pos === 'PROPN') && first.lower !== 'whether') return null;
  let end = from + 1;
  while (end < tokens.length && !mask[end] && !endsItem(tokens, end)) end++;
  const clause = tokens.slice(from, end);
  if (clause.length === 1) {
    const noun = WH_NOUNS[first.lower];
    return noun ? { values: [noun], next: end } : null;
  }
  // "…; when the status changes, email them": after a semicolon a condition opens a new clause.
  if ((first.lower === 'when' || first.lower === 'where') && before?.text === ';') return null;
  // A clause has a verb ("who they report to", "which channels to use"); "which media" alone is a noun phrase.
  if (clause.length > MAX_TOKENS || !(countOf(clause) || clause.some((t) => t.pos === 'VERB' || t.pos === 'AUX'))) return null;
  const alternatives = first.lower === 'whether' ? alternativesAfter(clause, tokens, end) : null;
  if (alternatives)
    return { values: [written(tokens.slice(from, alternatives.next))], choices: alternatives.choices, next: alternatives.next };
  // "who reported it": the column is named for the person ("reported by"), labelled as said.
  const person = whoColumn(clause);
  if (person) return { values: [person], label: written(clause).trim(), next: end };
  return { values: clauseValues(clause), next: end };
}
