/**
 * How often people do their own part is not when the tool runs: "every week I'll enter the
 * invoice totals", "we move books to the branch once a week", "the inspector scans it each month",
 * "log each day's totals"; nor is how often things come in ("packages come in every day"), which
 * start runs of their own. A period said in a clause whose verb has a person for its subject or
 * says an arrival, or owning a noun ("each day's"), is taken out before the schedule is read. One
 * said with a verb of wanting or getting ("every Friday I want a summary"), with an order to the
 * tool ("every morning, remind me"), of what goes out automatically, or in an ask to take over a
 * chore ("every day I have to make the weather call myself") stays.
 */
import { readSentences, type Token, written } from './language';
import { subjectOf } from './made-values';
import { isOutsider } from './outside-people';
import { periodSaidAt, TIME_NOUNS } from './time-nouns';

/** Period adverbs. */
const PERIOD_ADVERBS = new Set(['daily', 'weekly', 'monthly', 'nightly']);
/** People who do work themselves: the speaker, the team, the pronouns for them, and roles on a team. */
const PEOPLE = new Set([
  'i',
  'we',
  'they',
  'he',
  'she',
  'staff',
  'team',
  'group',
  'crew',
  'courier',
  'driver',
  'teacher',
  'employee',
  'volunteer',
  'inspector',
  'manager',
  'supervisor',
  'provider',
  'accountant',
  'agent',
  'technician',
  'operator',
  'nurse',
  'coach',
]);
/** Verbs of things arriving: "every month the bills come in as PDFs" says when they come, and each one starts a run. */
const ARRIVING = new Set(['come', 'arrive', 'land']);
/** Verbs of wanting or getting what the tool makes: the period is when it is wanted. */
const WANTING = new Set(['want', 'need', 'like', 'love', 'get', 'receive', 'see', 'wish', 'expect', 'prefer', 'have']);
/** Verbs that hand a verb after them to someone else: "let subscribers swap …". */
const LETTING = new Set(['let', 'allow', 'help']);
/** Words that end a clause. */
const CLAUSE_ENDS = new Set([',', ';', ':', '.', '!', '?', '—', '(', ')', 'and', 'but', 'so', 'then', 'or']);

/** The clause around `i`: from after the last clause end before it to the next one. */
function clauseAround(tokens: readonly Token[], i: number): [number, number] {
  let from = i;
  while (from > 0 && !CLAUSE_ENDS.has(tokens[from - 1]!.lower)) from--;
  let to = i + 1;
  while (to < tokens.length && !CLAUSE_ENDS.has(tokens[to]!.lower)) to++;
  return [from, to];
}

const isPerson = (t: Token | undefined) => !!t && (PEOPLE.has(t.lower) || PEOPLE.has(t.lemma) || isOutsider(t));

/** Words before a subject pronoun that make its clause a relative one: "the subreddits we care about", "what they're on". */
const RELATIVE_BEFORE = new Set(['NOUN', 'PROPN']);
const WH_WORDS = new Set(['what', 'which', 'that', 'who', 'whatever']);

/**
 * The clause from `from` to `to`, with a period at `at`, says a person doing their part: the verb that
 * governs the period (the nearest before it, else the first after) has a person for its subject, or
 * says things arriving. A clause that wants something, or a relative clause ("the feeds I follow"),
 * says no such thing.
 */
function personActs(tokens: readonly Token[], from: number, to: number, at: number, n: number): boolean {
  const clause = tokens.slice(from, to);
  // "so they go out automatically each month": what happens by itself is the tool's doing.
  if (clause.some((t) => (t.pos === 'VERB' && WANTING.has(t.lemma)) || t.lower === 'automatically')) return false;
  const verbAt = (k: number) => tokens[k]!.pos === 'VERB' && !LETTING.has(tokens[k]!.lemma);
  let k = at - 1;
  while (k >= from && !verbAt(k)) k--;
  if (k < from) for (k = at + n; k < to && !verbAt(k); k++);
  if (k >= to) return false;
  // "renewals coming up": a participle describes the things, it says no arrival.
  if (ARRIVING.has(tokens[k]!.lemma) && !tokens[k]!.lower.endsWith('ing')) return true;
  // The subject within the clause, past helping words.
  const found = subjectOf(tokens, k);
  const subject = found && tokens.indexOf(found) >= from ? found : undefined;
  if (!isPerson(subject)) return false;
  // "every week I …": the period's own noun before the subject opens no relative clause.
  const b = tokens.indexOf(subject!) - 1;
  const before = b >= at && b < at + n ? undefined : tokens[b];
  return !(subject!.pos === 'PRON' && before && (RELATIVE_BEFORE.has(before.pos) || WH_WORDS.has(before.lower)));
}

/** A chore the person has to do and wants done for them: "I have to read the meters … I want a camera", "automate it". */
const CHORE = /\b(?:have to|has to|need to|automate|instead of me)\b/i;

/** The tokens of the period starting at `i` ("every week", "once a day", "weekly", "each day's"), or 0. */
function periodAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (PERIOD_ADVERBS.has(t.lower) && t.pos === 'ADV') return 1;
  if (periodSaidAt(tokens, i)) return 2;
  if (t.lower === 'once' && (tokens[i + 1]?.lower === 'a' || tokens[i + 1]?.lower === 'per') && TIME_NOUNS.has(tokens[i + 2]?.lemma ?? ''))
    return 3;
  return 0;
}

/** `text` without the periods that say how often people do their own part. */
export function withoutPeoplesCadence(text: string): string {
  const chore = CHORE.test(text);
  return readSentences(text)
    .map(({ tokens }) => {
      const dropped = new Set<number>();
      for (let i = 0; i < tokens.length; i++) {
        const n = periodAt(tokens, i);
        if (n === 0) continue;
        // "log each day's totals": the period owns a thing; it says which, not when.
        const owns = tokens[i + n]?.lower === "'s";
        const [from, to] = clauseAround(tokens, i);
        if (owns || (!chore && personActs(tokens, from, to, i, n))) for (let k = i; k < i + n + (owns ? 1 : 0); k++) dropped.add(k);
      }
      return written(
        tokens.filter((_, k) => !dropped.has(k)),
        true,
      );
    })
    .join(' ');
}
