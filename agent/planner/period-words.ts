/**
 * Period words that do and do not say when a tool runs. "A weekly digest" and "one email a
 * day" are runs; "the monthly budget", "a daily limit" and "their monthly reports" are
 * measures or things others send, said with a period word but no schedule.
 */
import { handsOverByHand } from './by-hand';
import { readSentences, written, type Token } from './language';
import { TEXT_NOUNS } from './result-shape';

/** Period adjectives → the word parseSchedule reads for them. */
const PERIOD_ADJECTIVES = new Set(['hourly', 'daily', 'nightly', 'weekly', 'monthly']);
/** Whose the thing is: "their monthly reports" come from others; "our monthly board report" exists already. */
const OWNED = new Set(['their', 'his', 'her', 'its', 'our', 'my']);
/** Nouns that are themselves a run: "a nightly job", "a weekly check". */
const RUN_NOUNS = new Set([
  'job',
  'run',
  'check',
  'scan',
  'task',
  'reminder',
  'sync',
  'batch',
  'cron',
  'routine',
  'sweep',
  'audit',
  'export',
  'backup',
  'alert',
  'notification',
]);
const COUNT = new Set(['one', 'a', 'an', 'single']);
const PER = new Set(['a', 'per', 'each', 'every']);
const FREQUENCY = { day: 'daily', week: 'weekly', month: 'monthly' } as const;

/**
 * Things sent out anew each period, besides writing (TEXT_NOUNS) and runs: "a daily weather update",
 * "a weekly app review scorecard". The tagger often reads "update" as a verb.
 */
const PERIODIC = new Set(['update', 'recap', 'roundup', 'scorecard', 'edition']);

const isNoun = (t: Token | undefined) => !!t && (t.pos === 'NOUN' || t.pos === 'PROPN' || PERIODIC.has(t.lower));

/** The last noun of the run that starts at `i` ("weekly team update" → update). */
function headAt(tokens: readonly Token[], i: number): Token | undefined {
  if (!isNoun(tokens[i])) return undefined;
  let k = i;
  // "the monthly treasurer's report": an owner's noun and its 's before the thing itself.
  while (isNoun(tokens[k + 1]) || (tokens[k + 1]?.lower === "'s" && isNoun(tokens[k + 2]))) k += tokens[k + 1]!.lower === "'s" ? 2 : 1;
  return tokens[k];
}

/**
 * The period adjective at `i` describes a noun: a measure or something of others' ("the monthly
 * budget", "their weekly reports"), or with `all` also a thing the tool makes ("a monthly report").
 */
function describesNoun(tokens: readonly Token[], i: number, all: boolean): boolean {
  if (!PERIOD_ADJECTIVES.has(tokens[i]!.lower)) return false;
  const head = headAt(tokens, i + 1);
  if (!head) return false;
  return (
    all || OWNED.has(tokens[i - 1]?.lower ?? '') || !(TEXT_NOUNS.has(head.lemma) || RUN_NOUNS.has(head.lemma) || PERIODIC.has(head.lower))
  );
}

/**
 * `text` without period adjectives that describe measures ("track spend against the monthly
 * budget"), or with `all` without any that describes a noun, so that a schedule said as such
 * ("once a week … for the monthly report") is read before one said as an adjective.
 */
export function withoutPeriodMeasures(text: string, all = false): string {
  return readSentences(text)
    .map(({ tokens }) =>
      written(
        // "I paste the daily standup notes": in a sentence handing material over, a period word describes the material.
        tokens.filter((_, i) => !describesNoun(tokens, i, all || handsOverByHand(tokens))),
        true,
      ),
    )
    .join(' ');
}

/**
 * Letters every word read as a day, week or month holds ("days", "Weekly"; the tagger's "-ies" rule
 * reads "daies" as day): without them the text names no period, and need not be read.
 */
const PERIOD_LETTERS = /day|daie|week|month/i;

/** "one email a day", "a digest per week": one thing delivered each period is a run each period. */
export function deliveredPerPeriod(text: string): 'daily' | 'weekly' | 'monthly' | null {
  if (!PERIOD_LETTERS.test(text)) return null;
  for (const { tokens } of readSentences(text)) {
    for (let i = 0; i < tokens.length; i++) {
      if (!COUNT.has(tokens[i]!.lower) || tokens[i]!.negated) continue;
      let k = i + 1;
      // "one plain-text email a day": describing words, hyphened or not.
      while (tokens[k]?.pos === 'ADJ' || (tokens[k]?.text === '-' && tokens[k - 1]?.pos === 'ADJ')) k++;
      const head = headAt(tokens, k);
      if (!head || !TEXT_NOUNS.has(head.lemma)) continue;
      const at = tokens.indexOf(head);
      const period = tokens[at + 2]?.lemma;
      if (PER.has(tokens[at + 1]?.lower ?? '') && (period === 'day' || period === 'week' || period === 'month')) return FREQUENCY[period];
    }
  }
  return null;
}
