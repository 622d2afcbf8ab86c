/**
 * The speaker picking what the tool works on ("I pick a long thread", "we select a customer
 * email") hands it over by hand; picking who handles it ("I choose a reviewer"), a setting ("I
 * pick which template to use", "we choose a tone") or clicking the tool's own button decides how
 * a run goes, not what comes in.
 */
import type { Token } from './language';

/** Verbs of picking something out. */
export const CHOOSING = new Set(['pick', 'choose', 'select']);
/** Verbs by which the speaker sets the tool going on what is in front of them ("I click Summarize"). */
export const PRESSING = new Set(['click', 'press']);
/** Determiners of one thing picked out; "which", "what" open a question of a setting instead. */
const ONE_OF = new Set(['a', 'an', 'the', 'one', 'this', 'that', 'some']);
/** People picked to handle a thing. */
const HANDLERS = new Set(['reviewer', 'approver', 'assignee', 'owner', 'manager', 'person', 'colleague', 'member', 'agent', 'recipient']);
/** Settings picked for a run. */
const SETTINGS = new Set(['template', 'option', 'tone', 'style', 'format', 'language', 'setting', 'mode', 'length', 'level', 'voice']);

/** The picking verb at `k` has material as its object: a determiner, then a thing that is no person or setting. */
export function picksMaterial(tokens: readonly Token[], k: number): boolean {
  let at = k + 1;
  if (tokens[at]?.lower === 'out') at++;
  if (!ONE_OF.has(tokens[at]?.lower ?? '')) return false;
  let head = at + 1;
  while (tokens[head + 1] && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[head + 1]!.pos)) head++;
  const noun = tokens[head];
  return !!noun && !HANDLERS.has(noun.lemma) && !SETTINGS.has(noun.lemma);
}
