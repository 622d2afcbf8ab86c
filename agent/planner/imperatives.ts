/**
 * Commands the tagger read as nouns. wink's tagger takes a clause-opening word that is both a
 * noun and a verb for the noun ("track volunteer hours", "flag potential conflicts", "and store
 * candidates"), and every cue after it then sees a name where the person gave an order. This
 * retags such a word as a verb where English grammar says it is one: it opens a clause, it is in
 * its base form, and what follows can be its object rather than the rest of a name ("Store
 * inventory for our café:", "the track record", "a score from 1 to 5" stay nouns). isVerbAt()
 * reads the rest: a clause's first word before a determiner or pronoun ("score each CV").
 */
import type { Token } from './token';

/** Verbs people give a tool as commands that are nouns as well, so the tagger misreads them. */
const COMMAND_VERBS = new Set([
  'book',
  'check',
  'draft',
  'email',
  'file',
  'flag',
  'list',
  'log',
  'match',
  'note',
  'post',
  'rank',
  'record',
  'report',
  'request',
  'review',
  'schedule',
  'score',
  'screen',
  'sort',
  'store',
  'tag',
  'text',
  'track',
]);

/** Words that join a command to the one before it: "score each CV and store candidates". */
const JOINING = new Set(['and', 'or', 'then']);

/** Words after which a new clause, and so a command, can start. */
const CLAUSE_BREAKS = new Set([':', ';', '—', '(', ...JOINING]);

/** Words a name is built of. */
const NAME_WORDS = new Set(['NOUN', 'PROPN']);

/** A clause starts at `i`: the sentence's first word, after a clause break, or after "to" before a verb. */
function opensClause(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return !before || CLAUSE_BREAKS.has(before.lower) || (before.lower === 'to' && before.pos === 'PART');
}

/**
 * What follows token `i` is its object and says so only here: an adjective ("flag potential
 * conflicts"), a number written as a word ("draft two posts"; "score 1 to 5" is a scale), or a
 * bare plural noun ("volunteer hours") where a name is unlikely. A determiner or pronoun after it
 * ("score each CV", "post it") is left to isVerbAt(), which the cues that need a verb there ask:
 * retagging those too moved the cues that read the tag itself, and lost a table on dev-check.
 */
function objectFollows(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  if (next.pos === 'ADJ' || (next.pos === 'NUM' && next.kind === 'word')) return true;
  return NAME_WORDS.has(next.pos) && bareObjectAt(tokens, i + 1) && !readsAsName(tokens, i);
}

/**
 * The words from `from` on are a bare object and no name's head: a run of nouns whose last word is
 * plural ("volunteer hours", "candidates") and that is not the subject of a verb after it ("quote
 * requests arrive").
 */
function bareObjectAt(tokens: readonly Token[], from: number): boolean {
  let end = from;
  while (tokens[end + 1] && NAME_WORDS.has(tokens[end + 1]!.pos)) end++;
  const head = tokens[end]!;
  const after = tokens[end + 1];
  return head.lower !== head.lemma && after?.pos !== 'VERB' && after?.pos !== 'AUX';
}

/**
 * A noun before a bare noun (token `i`) reads as the start of a name ("Contact form: email
 * addresses, phone numbers") unless the sentence is typed as speech: it is the sentence's first
 * word and lower-case (a heading is capitalised: "Log entries: date, text"), or it is joined to a
 * command before it ("score each CV and store candidates", where "names and email addresses"
 * joins two names).
 */
function readsAsName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (i === 0) return t.text !== t.lower;
  if (!JOINING.has(tokens[i - 1]!.lower)) return true;
  let start = i - 2;
  while (start > 0 && !CLAUSE_BREAKS.has(tokens[start - 1]!.lower) && tokens[start - 1]!.pos !== 'PUNCT') start--;
  return start < 0 || !isVerbAt(tokens, start);
}

/** Token `i` is a command the tagger read as a noun. */
function misreadCommand(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return NAME_WORDS.has(t.pos) && t.lower === t.lemma && COMMAND_VERBS.has(t.lemma) && opensClause(tokens, i) && objectFollows(tokens, i);
}

/** Retags, in place, the commands among a sentence's tokens that the tagger read as nouns. */
export function retagCommands(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) if (misreadCommand(tokens, i)) tokens[i]!.pos = 'VERB';
}

/** Starts a clause: the sentence's first word, or after punctuation, "and"/"or" or "then". */
function clauseStart(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return !before || before.pos === 'PUNCT' || before.pos === 'CCONJ' || before.lower === 'then';
}

/**
 * Used as a verb: tagged so, or an imperative the tagger read as a noun ("Score each lead",
 * "store it in…", "reply politely") — a clause's first word followed by its object.
 */
export function isVerbAt(tokens: readonly Token[], i: number): boolean {
  // Past the end ("make a poster for our fair:" ends on its colon): no word, no verb.
  const t = tokens[i];
  if (!t) return false;
  if (t.pos === 'VERB') return true;
  const next = tokens[i + 1];
  return (
    (t.pos === 'NOUN' || t.pos === 'PROPN') &&
    clauseStart(tokens, i) &&
    !!next &&
    (next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'ADV')
  );
}
