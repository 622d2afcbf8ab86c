/**
 * "a priority - low, normal, high or urgent - and a team": a name whose choices are set off by
 * dashes is one field with those choices, and what "and" adds after the closing dash is one
 * more; the dashes open no list of fields of their own.
 */
import { fieldNamed } from './field-name';
import { listAt } from './list-items';
import { dashedValuesAt } from './list-marks';
import type { Cue } from './sentence-reading';

/** How many words before the dash a name may have. */
const MAX_NAME = 3;

export const DASHED_CHOICES: Cue = (r, _, i) => {
  const { tokens, mask } = r;
  const dashed = dashedValuesAt(tokens, i);
  if (!dashed || tokens[i - 1]?.pos !== 'NOUN') return false;
  const words = [];
  for (let k = i - 1; k >= 0 && words.length < MAX_NAME && !mask[k] && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ'); k--)
    words.unshift(tokens[k]!);
  const said = fieldNamed(words, tokens, i, mask);
  if (!said) return false;
  const joined = tokens[dashed.next]?.lower === 'and';
  const more = joined ? listAt(tokens, dashed.next + 1, mask) : { items: [], end: dashed.next };
  r.take({ items: [{ ...said, hint: dashed.choices }, ...more.items], end: Math.max(dashed.next, more.end) }, true);
  return true;
};
