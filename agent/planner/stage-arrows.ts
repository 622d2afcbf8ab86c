/**
 * "status open → triaged → in progress → closed", "statuses submitted -> acknowledged ->
 * resolved": the stages a row moves through, joined by arrows after a word for a choice, are
 * that one field's choices, not things handed over before an arrow.
 */
import { CHOICE_FIELDS } from './field-nouns';
import { type Token, written } from './language';
import { isArrow } from './list-cues';
import type { Cue } from './sentence-reading';

/** How many words one stage may have ("waiting on user"). */
const MAX_STAGE = 4;

export const STAGES_IN_ARROWS: Cue = (r, t, i) => {
  const { tokens } = r;
  if (t.pos !== 'NOUN' || !CHOICE_FIELDS.has(t.lemma)) return false;
  let k = tokens[i + 1]?.text === ':' ? i + 2 : i + 1;
  const stages: string[] = [];
  let stage: Token[] = [];
  for (; k < tokens.length; k++) {
    if (isArrow(tokens, k)) {
      if (stage.length === 0) return false;
      stages.push(written(stage));
      stage = [];
      if (tokens[k]!.text === '-') k++;
      continue;
    }
    if (tokens[k]!.kind !== 'word' || stage.length === MAX_STAGE) break;
    stage.push(tokens[k]!);
  }
  // Two arrows at least: "status -> done" alone may be a step, not a list of stages.
  if (stage.length === 0 || stages.length < 2) return false;
  stages.push(written(stage));
  r.take({ items: [{ words: t.lemma, hint: stages.join(', '), given: false }], end: k }, true);
  return true;
};
