/**
 * What a spec's stated workload (`spec.workload`) means in numbers: the size of one document
 * in tokens (pages at the catalog's tokens-per-page figure, words at its tokens-per-word) and
 * runs a month (a volume of documents, tickets, requests… per day, week or month). Each comes
 * with the sentence that says how it was worked out, for replies and cost notes.
 */
import { formatCount, TOKENS_PER_PAGE, TOKENS_PER_WORD } from '../catalog';
import type { Workload } from './app-spec';

export interface StatedDocumentSize {
  tokens: number;
  /** "300 pages ≈ 195,000 tokens (about 650 tokens a page)". */
  sentence: string;
}

export interface StatedVolume {
  runsPerMonth: number;
  /** "500 documents a week ≈ 2,167 runs a month". */
  sentence: string;
}

/** Words that size a document rather than count runs. */
const SIZE_UNITS = { page: TOKENS_PER_PAGE, word: TOKENS_PER_WORD, token: 1 } as const;
type SizeUnit = keyof typeof SIZE_UNITS;

const PER_MONTH: Record<'day' | 'week' | 'month', number> = { day: 30, week: 52 / 12, month: 1 };

function sizeUnit(unit: string): SizeUnit | null {
  const u = unit.trim().toLowerCase().replace(/s$/, '');
  return u === 'page' || u === 'word' || u === 'token' ? u : null;
}

function sizeSentence(amount: number, unit: SizeUnit, tokens: number): string {
  const count = `${formatCount(amount)} ${unit}${amount === 1 ? '' : 's'}`;
  if (unit === 'token') return `${count} per document`;
  return `${count} ≈ ${formatCount(tokens)} tokens (about ${formatCount(SIZE_UNITS[unit])} tokens a ${unit})`;
}

/** The largest stated size of one document, in tokens; null when none is stated. */
export function statedDocumentSize(workload: readonly Workload[]): StatedDocumentSize | null {
  let best: StatedDocumentSize | null = null;
  for (const w of workload) {
    const unit = w.per === 'document' ? sizeUnit(w.unit) : null;
    if (!unit) continue;
    const tokens = Math.ceil(w.amount * SIZE_UNITS[unit]);
    if (!best || tokens > best.tokens) best = { tokens, sentence: sizeSentence(w.amount, unit, tokens) };
  }
  return best;
}

/** Runs a month from the first stated volume per day, week or month of things other than pages, words or tokens; null when none. */
export function statedVolume(workload: readonly Workload[]): StatedVolume | null {
  for (const w of workload) {
    if (w.per !== 'day' && w.per !== 'week' && w.per !== 'month') continue;
    if (sizeUnit(w.unit)) continue;
    const runsPerMonth = Math.round(w.amount * PER_MONTH[w.per]);
    const exact = w.per === 'month' ? '' : ` ≈ ${formatCount(runsPerMonth)} runs a month`;
    return { runsPerMonth, sentence: `${formatCount(w.amount)} ${w.unit} a ${w.per}${exact}` };
  }
  return null;
}
