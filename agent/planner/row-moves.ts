/**
 * The state a record is in, said by how it moves rather than by the word "status": "each quote
 * moving Draft, Sent, Accepted or Declined", "a lead that moves through Contacted, Qualified,
 * Won", "each item goes draft -> open -> closed", "save it as a DRAFT", "logged as approved",
 * "staff mark each tool as available, on loan or in repair".
 * The rows carry that state as a field, its stages as the choices.
 */
import { isArrow, type Token } from './language';
import type { SaidField } from './said-field';

/** Verbs by which a record passes from one state to the next. */
const MOVING = new Set(['move', 'go', 'progress', 'pass', 'flow', 'transition']);
/** Words between such a verb and its stages. */
const THROUGH = new Set(['through', 'between', 'along']);
/** Marks between two stages. */
const STAGE_JOINS = new Set([',', 'or', 'and', '/', '→']);
/** Fewest stages that say a record moves through states. */
const MIN_STAGES = 3;
/** Most words in one stage ("not arrived", "with vet"). */
const MAX_STAGE_WORDS = 3;

/** Verbs that put a record in a state: "save it as pending", "mark it done", "logged as approved". */
const PUTTING = new Set(['save', 'mark', 'log', 'flag', 'set', 'file', 'store', 'keep', 'tag']);
/** States a record is put in. */
const STATES = new Set([
  'pending',
  'draft',
  'approved',
  'rejected',
  'done',
  'completed',
  'paid',
  'unpaid',
  'closed',
  'resolved',
  'archived',
  'flagged',
  'expired',
]);

/** The stages listed from `from`: words joined by commas, "or", "and" or arrows; null when fewer than MIN_STAGES. */
function stagesAt(tokens: readonly Token[], from: number): { stages: string[]; end: number } | null {
  const stages: string[] = [];
  // "draft -> review -> draft": a stage said twice is one choice.
  const push = (w: string[]) => {
    const stage = w.join(' ');
    if (stage && !stages.some((s) => s.toLowerCase() === stage.toLowerCase())) stages.push(stage);
  };
  let words: string[] = [];
  let k = from;
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (STAGE_JOINS.has(t.lower) || isArrow(tokens, k) || t.text === '-' || t.text === '>') {
      push(words);
      words = [];
      continue;
    }
    if (t.kind !== 'word' || t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'AUX' || words.length === MAX_STAGE_WORDS) break;
    words.push(t.text);
  }
  push(words);
  return stages.length >= MIN_STAGES ? { stages, end: k } : null;
}

/** Where the stages after a verb of moving at `i` start: "moves through …", "move each one between …", "moving Draft, …". */
function stagesFrom(tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
    if (THROUGH.has(tokens[k]!.lower)) return k + 1;
    if (tokens[k]!.pos === 'PUNCT') break;
  }
  return i + 1;
}

/** Who may set a state by hand: "housekeeping flag …", "staff mark …", "I set …" (not the tool told to). */
const PEOPLE_PRONOUNS = new Set(['i', 'we', 'they']);

/**
 * "let housekeeping flag each room as dirty, clean, inspected or under repair", "staff mark each tool
 * as available, on loan or in repair": states a person puts each row in, listed after "as". Told to
 * the tool ("flag each email as urgent, normal or low") they are labels to sort into instead.
 */
function statesSetBySomeone(tokens: readonly Token[], i: number): string[] | null {
  let k = i - 1;
  while (tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'PART') k--;
  const subject = tokens[k];
  if (!subject || !(subject.pos === 'NOUN' || subject.pos === 'PROPN' || PEOPLE_PRONOUNS.has(subject.lower))) return null;
  const as = tokens.findIndex((x, j) => j > i && j <= i + 4 && x.lower === 'as');
  if (as < 0 || tokens.slice(i + 1, as).some((x) => x.pos === 'PUNCT' || x.pos === 'VERB')) return null;
  // "…, on loan or in repair, with borrower and due date": the list ends at the mark after its last item.
  const last = tokens.findIndex((x, j) => j > as && (x.lower === 'or' || x.lower === 'and'));
  const end = last < 0 ? -1 : tokens.findIndex((x, j) => j > last && x.pos === 'PUNCT');
  return stagesAt(end < 0 ? tokens : tokens.slice(0, end), as + 1)?.stages ?? null;
}

/** A state said of a record by how it moves or where it is put: a "status" field, its stages as choices when listed. */
export function rowMoves(tokens: readonly Token[], mask: readonly boolean[]): SaidField[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (mask[i] || t.negated) continue;
    // "that moves through …": the tagger may read the verb as a noun before "through".
    if (MOVING.has(t.lemma) && (t.pos === 'VERB' || THROUGH.has(tokens[i + 1]?.lower ?? ''))) {
      const read = stagesAt(tokens, stagesFrom(tokens, i));
      if (read) return [{ words: 'status', hint: read.stages.join(', '), given: false }];
      continue;
    }
    // "staff mark each tool as …": the tagger may read the verb as a noun after its subject.
    const setting = PUTTING.has(t.lemma) && (t.pos === 'VERB' || (t.pos === 'NOUN' && tokens[i + 1]?.pos === 'DET'));
    const listed = setting ? statesSetBySomeone(tokens, i) : null;
    if (listed) return [{ words: 'status', hint: listed.join(', '), given: false }];
    if (t.pos !== 'VERB' || !PUTTING.has(t.lemma)) continue;
    // "save it as a DRAFT", "marked 'pending'", "mark the row done": a state within a few words of the verb.
    for (let k = i + 1; k < tokens.length && k <= i + 5; k++) {
      const w = tokens[k]!;
      if (STATES.has(w.lower)) return [{ words: 'status', hint: null, given: false }];
      if (w.pos === 'PUNCT' && w.text !== "'" && w.text !== '"') break;
    }
  }
  return [];
}
