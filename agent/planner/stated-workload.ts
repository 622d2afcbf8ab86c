/**
 * Workloads people state: the size of one input ("300-page contracts", "1,500+ words") or a
 * volume per period ("about 50 invoices a day", "80 CVs a week", "up to 100 resumes per
 * upload"). Read from the number tokens and the nouns after them; a number with neither a
 * size unit nor a period ("10 similar songs", "top 100 coins") is no workload.
 */
import type { Workload } from '../spec/app-spec';
import { readSentences, type Token } from './language';

/** Units that measure one document: a number of these with no period is a document's size. */
const SIZE_UNITS = new Set(['page', 'word', 'token', 'character', 'slide', 'minute']);

/** Period words → what the amount is per. A batch, an upload or an opening is one run. */
const PERIODS: Record<string, Workload['per']> = {
  day: 'day',
  daily: 'day',
  week: 'week',
  weekly: 'week',
  month: 'month',
  monthly: 'month',
  batch: 'run',
  upload: 'run',
  run: 'run',
  opening: 'run',
  request: 'run',
  submission: 'run',
  job: 'run',
  document: 'document',
  file: 'document',
  contract: 'document',
};
const PER_WORDS = new Set(['a', 'an', 'per', 'each', 'every', '/']);

/** Words that cap or round a length ("under 80 words", "max 400 words", "~100 word"): a limit on what is written, not a size. */
const LIMITS = new Set(['under', 'below', 'max', 'maximum', 'most', 'within', 'less', 'fewer', '~', 'approx']);
/** Parts of a written text, whose lengths shape the writing. */
const PARTS = new Set(['line', 'sentence', 'paragraph', 'bullet', 'section', 'heading', 'headline', 'title', 'tweet', 'caption']);
/** Clock words after a number: "1 PM" is a time. */
const CLOCK = new Set(['am', 'pm', 'a.m.', 'p.m.']);

function amountOf(token: Token): number | null {
  // "5-20" read as one token: the upper end.
  const text = token.text.replace(/,/g, '');
  const n = Number(/^\d+-\d+$/.test(text) ? text.split('-')[1] : text);
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** The workload stated at the number token `i`, or null. */
function workloadAt(tokens: readonly Token[], i: number): Workload | null {
  let amount = amountOf(tokens[i]!);
  if (amount === null) return null;
  let j = i + 1;
  // "10k reviews": thousands, written against the number.
  if (tokens[j]?.lower === 'k' && tokens[j]!.space === '') {
    amount *= 1000;
    j++;
  }
  // "5-20 leads": the upper end; "1,500+ words".
  if ((tokens[j]?.text === '-' || tokens[j]?.lower === 'to') && tokens[j + 1]?.kind === 'number') {
    amount = amountOf(tokens[j + 1]!) ?? amount;
    j += 2;
  }
  while (tokens[j]?.text === '+' || tokens[j]?.text === '-') j++;
  // Percentages, money and clock times are not workloads.
  if (tokens[j]?.text === '%' || tokens[i - 1]?.text === '$' || tokens[j]?.text === ':' || CLOCK.has(tokens[j]?.lower ?? '')) return null;
  const nouns: Token[] = [];
  // Right after a number a word is a noun whatever the tagger says ("100 resumes", "20 leads").
  const nounAt = (t: Token | undefined) =>
    t && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || (nouns.length === 0 && t.pos === 'VERB'));
  while (tokens[j] && (nounAt(tokens[j]) || tokens[j]!.text === '-') && nouns.length < 4) {
    if (tokens[j]!.text !== '-') nouns.push(tokens[j]!.pos === 'VERB' ? { ...tokens[j]!, pos: 'NOUN' } : tokens[j]!);
    j++;
  }
  const size = nouns.find((t) => SIZE_UNITS.has(t.lemma));
  const head = nouns.filter((t) => t.pos !== 'ADJ').pop();
  // The period: "a day", "per upload", "each week", or the unit's own ("daily").
  let per: Workload['per'] | null = null;
  for (let k = j; k < Math.min(tokens.length, j + 4); k++) {
    const word = tokens[k]!.lemma;
    // "300 pages, about 500 a week": the period after a comma is another amount's.
    if (tokens[k]!.kind === 'punctuation' && tokens[k]!.text !== '/') break;
    if (PER_WORDS.has(tokens[k]!.lower) && tokens[k + 1] && PERIODS[tokens[k + 1]!.lemma]) {
      per = PERIODS[tokens[k + 1]!.lemma]!;
      break;
    }
    if (word === 'daily' || word === 'weekly' || word === 'monthly') {
      per = PERIODS[word]!;
      break;
    }
  }
  // "a 1-page agreement" is what it writes, not what it reads.
  // "lines of 7-9 words", "10-word sentences": the length of a part of what is written.
  const part = (tokens[i - 1]?.lower === 'of' && PARTS.has(tokens[i - 2]?.lemma ?? '')) || nouns.some((t) => PARTS.has(t.lemma));
  const limited = LIMITS.has(tokens[i - 1]?.lower ?? '') || part;
  if (size && amount > 1 && !limited && (per === null || per === 'document')) return { amount, unit: `${size.lemma}s`, per: 'document' };
  if (per === null || per === 'document') return null;
  // "500 a week" counts runs.
  return { amount, unit: head?.lower ?? 'runs', per };
}

/** Every workload stated in `text`, in order (at most one per number). */
export function statedWorkloads(text: string): Workload[] {
  const found: Workload[] = [];
  for (const { tokens } of readSentences(text)) {
    tokens.forEach((t, i) => {
      if (t.kind !== 'number' || t.negated) return;
      // The upper end of a range was read with its lower end.
      if (tokens[i - 1]?.text === '-' && tokens[i - 2]?.kind === 'number') return;
      const w = workloadAt(tokens, i);
      if (w && !found.some((x) => x.amount === w.amount && x.per === w.per)) found.push(w);
    });
  }
  return found.slice(0, 10);
}
