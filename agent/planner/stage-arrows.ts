/**
 * "status open → triaged → in progress → closed", "Statuses: submitted -> acknowledged ->
 * resolved": the stages a row moves through, joined by arrows after a word for a choice, are
 * that one field's choices, not things handed over before an arrow. The last stage ends where
 * the sentence goes on ("closed when we email").
 */
import { CHOICE_FIELDS } from './field-nouns';
import { type Token, written } from './language';
import { isArrow } from './list-cues';
import type { SaidField } from './said-field';
import { singular } from './words';

/** How many words one stage may have ("waiting on user"). */
const MAX_STAGE = 4;

/** "status", "Statuses", "Stage": a word for a choice, however the tagger cased or tagged it. */
function choiceWord(t: Token): string | null {
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN') return null;
  const plural = t.lower.endsWith('ses') ? t.lower.slice(0, -2) : singular(t.lower);
  return [t.lemma, t.lower, plural].find((w) => CHOICE_FIELDS.has(w)) ?? null;
}

/** A word a stage's name may hold: "in progress", "on hold", "waiting on user", "closed". */
const stageWord = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k]!;
  if (t.kind !== 'word') return false;
  if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM') return true;
  // A participle ("closed", "sent", "waiting"), not a finite verb going on with the sentence ("we email").
  if (t.pos === 'VERB') return /(?:ed|ing)$/.test(t.lower) || (t.lemma !== t.lower && !t.lower.endsWith('s'));
  // "in progress": a preposition inside a stage's name, followed by more of it.
  return t.pos === 'ADP' && tokens[k + 1] !== undefined && tokens[k + 1]!.pos !== 'PRON' && tokens[k + 1]!.kind === 'word';
};

/** The field and its stages when a run of them starts at `i`, with the index after the last stage. */
function stagesAt(tokens: readonly Token[], i: number): { field: SaidField; end: number } | null {
  const name = choiceWord(tokens[i]!);
  if (!name) return null;
  let k = tokens[i + 1]?.text === ':' ? i + 2 : i + 1;
  const lastArrow = tokens.findLastIndex((_, j) => isArrow(tokens, j));
  const stages: string[] = [];
  let stage: Token[] = [];
  for (; k < tokens.length; k++) {
    if (isArrow(tokens, k)) {
      if (stage.length === 0) return null;
      stages.push(written(stage));
      stage = [];
      if (tokens[k]!.text === '-') k++;
      continue;
    }
    // Between arrows any words name a stage; the last one ends where the clause goes on ("closed when we email").
    if (tokens[k]!.kind !== 'word' || (k > lastArrow && !stageWord(tokens, k))) break;
    // A stage longer than a name is prose: no reading rather than a cut one.
    if (stage.length === MAX_STAGE) return null;
    stage.push(tokens[k]!);
  }
  // Two arrows at least: "status -> done" alone may be a step, not a list of stages.
  if (stage.length === 0 || stages.length < 2) return null;
  stages.push(written(stage));
  return { field: { words: name, hint: stages.join(', '), given: false }, end: k };
}

/**
 * The runs of stages in a sentence, read before its lists: each names its field, and its
 * stages are masked so no list reads "statuses submitted" or "status: open" into fields.
 */
export function readStages(tokens: readonly Token[], mask: boolean[]): SaidField[] {
  const fields: SaidField[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const run = mask[i] ? null : stagesAt(tokens, i);
    if (!run) continue;
    fields.push(run.field);
    // A list around it reads the singular name itself, the same field; "statuses" would be another.
    mask.fill(true, tokens[i]!.lower === run.field.words ? i + 1 : i, run.end);
    i = run.end - 1;
  }
  return fields;
}
