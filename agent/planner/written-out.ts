/**
 * A piece of writing made or handed back, not rows kept: "produce an interview question sheet",
 * "get a table of clauses", "turn them into one hiring scorecard", "create a Gmail draft".
 */
import { isVerbAt, NOUNISH, type Token } from './language';
import { TEXT_NOUNS } from './result-shape';

/** What is written, never a record made: prose and drafts of it. */
export const WRITTEN = new Set([...TEXT_NOUNS, 'draft']);
/** Verbs that make or hand back a piece of writing: "produce an interview question sheet", "get a table of clauses". */
const WRITING_VERBS = new Set(['produce', 'generate', 'write', 'draft', 'compose', 'prepare', 'print', 'get', 'return']);

/** Verbs that hand a thing to the person when "me"/"us" follows: "give me a table of every decision". */
const GIVING_VERBS = new Set(['give', 'send', 'hand']);
/** The person a thing is handed back to. */
export const TO_THE_PERSON = new Set(['me', 'us']);

/** "gives me", "send us": the verb at `k` hands what follows back to the person. */
export function handsToPerson(tokens: readonly Token[], k: number): boolean {
  return GIVING_VERBS.has(tokens[k]?.lemma ?? '') && TO_THE_PERSON.has(tokens[k + 1]?.lower ?? '');
}

/** Words joining one object of a verb to the next: "draft a summary plus an instruction sheet". */
const JOINTS = new Set([',', 'and', 'plus']);
/** How many objects before this one a writing verb may govern ("write a summary, a decisions log and …"). */
const LIST_REACH = 4;

/**
 * The noun phrase ending at `i` is the object of a writing verb, or handed back to the person
 * ("give me a table of …"); so is one listed after such an object ("draft a handoff summary plus
 * a patient instruction sheet", "return the revised JD, a change log of what moved").
 */
export function writtenOut(tokens: readonly Token[], i: number): boolean {
  // "the revised JD", "an updated dashboard": a participle before a noun describes it.
  const participle = (k: number) =>
    tokens[k]!.pos === 'VERB' && /(ed|ing)$/.test(tokens[k]!.lower) && NOUNISH.has(tokens[k + 1]?.pos ?? '');
  const inPhrase = (k: number) =>
    !WRITING_VERBS.has(tokens[k]!.lemma) &&
    (NOUNISH.has(tokens[k]!.pos) || tokens[k]!.pos === 'DET' || tokens[k]!.text === '-' || participle(k));
  let end = i;
  let k = i - 1;
  for (let listed = 0; ; listed++) {
    while (tokens[k] && inPhrase(k) && k > end - 6) k--;
    const joint = tokens[k];
    const before = tokens[k - 1];
    if (listed >= LIST_REACH || !joint || !JOINTS.has(joint.lower) || !before || !NOUNISH.has(before.pos)) break;
    end = k;
    k--;
  }
  if (TO_THE_PERSON.has(tokens[k]?.lower ?? '') && handsToPerson(tokens, k - 1)) return true;
  const verb = tokens[k];
  return !!verb && WRITING_VERBS.has(verb.lemma) && (verb.pos === 'VERB' || isVerbAt(tokens, k));
}

/** "one calibrated hiring scorecard" after "into": what the result is turned into, not a table kept. */
export function madeInto(tokens: readonly Token[], i: number): boolean {
  return tokens.slice(Math.max(0, i - 4), i).some((x) => x.lower === 'into');
}
