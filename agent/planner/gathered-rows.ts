/**
 * Things gathered "in one place": "keep all leave requests in one list", "pull every new review
 * into one queue", "put them all into one ticket list". Bringing things from many places into one
 * is asking to keep them as rows; what is gathered is a row, named by the nouns between "one" and
 * the holder when said ("one ticket list"), else by the nearest nouns before "in"/"into".
 */
import type { Token } from './language';
import { nounBefore } from './record-nouns';
import { type Cue, keepRows } from './records-found';
import { TIME_NOUNS } from './time-nouns';

const INTO = new Set(['in', 'into']);
/** What holds gathered things. */
const HOLDERS = new Set(['place', 'list', 'queue', 'table', 'sheet', 'inbox', 'spot', 'view', 'database']);
/** Marks that end the clause the gathered things are said in. */
const STOPS = new Set(['.', ';', '!', '?', ':', '—']);
/** How far back in its clause what is gathered may be said. */
const REACH = 8;

/** The nearest nouns before `at` in its clause, passing a stretch of time ("all the calls of the week"). */
function gatheredBefore(tokens: readonly Token[], at: number): string | null {
  for (let k = at - 1; k >= Math.max(0, at - REACH) && !STOPS.has(tokens[k]!.text); k--) {
    const t = tokens[k]!;
    const nounish = t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'VERB' && t.lower.endsWith('s') && t.lower !== t.lemma);
    if (!nounish || TIME_NOUNS.has(t.lemma)) continue;
    const noun = nounBefore(tokens, k + 1);
    if (noun) return noun;
  }
  return null;
}

export const gatheredRowsCue: Cue = (tokens, i, _first, found) => {
  if (tokens[i]!.lower !== 'one' || !INTO.has(tokens[i - 1]?.lower ?? '')) return;
  let k = i + 1;
  while (tokens[k] && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ') && !HOLDERS.has(tokens[k]!.lemma)) k++;
  if (!HOLDERS.has(tokens[k]?.lemma ?? '')) return;
  const named = k > i + 1 ? nounBefore(tokens, k) : null;
  const noun = named ?? gatheredBefore(tokens, i - 1);
  keepRows(found, noun);
  // Said as what is gathered, it names the rows better than a noun read before it.
  if (noun) found.named ??= noun;
};
