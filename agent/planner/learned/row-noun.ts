/**
 * What a table's rows are, learned on top of the rules: every noun of the description is a
 * candidate (row-candidates.ts), and a logistic model fitted on dev's labelled collections scores
 * how likely each is a table the person asked for, from what the rules read about it and around
 * it (row-noun-features.ts). Where the rules keep no table, the model adds one for a noun it is
 * sure of; where the rules' row noun scores low and another noun high, it names the rows for that
 * one. The table is still built by the rules' own path (compose.ts), with the fields the person
 * named as its columns.
 *
 * Chosen over the rules alone by ten folds on dev, the real planner building each fold's items
 * with a model fitted on the other nine (collections 656 → 664 of 879, nothing else moved), and
 * on dev-check when fitted on dev-tune (327 → 328 of 449). Keeping rows for a sure noun wherever
 * the rules keep none of their own (a records app that also drafts builds no table of its form)
 * and a second table beside from 0.5 instead of 0.8: 708 → 717 of 985 by ten folds, dev-check
 * 350 → 354 of 499 fitted on dev-tune (tests/eval/planner/row-noun-folds.ts). A rule change moves its features:
 * `npx tsx tests/eval/planner/train-models.ts --write-output` refits it after the text-or-data model.
 */
import { z } from 'zod';
import { probability, type LogisticModel } from './logistic-model';
import { rowCandidates } from './row-candidates';
import { tablesBeyondDoubt, tablesClearlyAsked, tablesHardlyAsked } from './tables-asked';
import { rowNounFeatures, rulesKeep, type RowReading } from './row-noun-features';
import { modelFile, TrainedFileSchema } from './trained-model';
import { singular } from '../words';

export const ROW_NOUN_PATH = new URL('./row-noun.json', import.meta.url);

/** How sure the model must be (chosen inside dev-tune). */
export interface RowBars {
  /** Of a noun, to add a table where the rules keep none of their own. */
  add: number;
  /** Of a noun, to name the rows for it instead of the rules' row noun… */
  replace: number;
  /** …when the rules' row noun scores below this. */
  below: number;
  /** Of a noun, to name rows the rules keep but name for no noun (a table of "records"). */
  name: number;
  /** Of another noun, to keep a table of it beside the rows kept. */
  beside: number;
}

const RowNounFileSchema = TrainedFileSchema.extend({
  add: z.number().min(0).max(1),
  replace: z.number().min(0).max(1),
  below: z.number().min(0).max(1),
  name: z.number().min(0).max(1),
  beside: z.number().min(0).max(1),
  /** The kinds of feature it was fitted on (ROW_FEATURE_KINDS then). */
  features: z.array(z.string()),
}).strict();
export type RowNounFile = z.infer<typeof RowNounFileSchema>;

const file = modelFile(ROW_NOUN_PATH, RowNounFileSchema);

export const readRowNounFile: () => RowNounFile = file.read;

export interface ScoredNoun {
  noun: string;
  head: string;
  features: Set<string>;
}

/** Each candidate noun of `text` with its features, in the order first said. */
export function rowNounRows(text: string, d: RowReading): ScoredNoun[] {
  return rowCandidates(text).map((c, i) => ({ noun: c.noun, head: c.head, features: rowNounFeatures(c, d, i === 0) }));
}

/** What the model would change: the rows' noun (null: as the rules read it) and tables to keep beside them. */
export interface RowChoice {
  noun: string | null;
  beside: string[];
  /** Rows are kept where the rules' reading keeps none itself. */
  keep: boolean;
}

/** The rules' own reading of `noun`: their row noun, a table said or one beside it. */
const ruled = (r: ScoredNoun) => r.features.has('r:noun') || r.features.has('r:table') || r.features.has('r:joined');

/** The singular words of a noun phrase. */
const wordsOf = (noun: string | null) => new Set((noun ?? '').toLowerCase().split(' ').filter(Boolean).map(singular));

/** Two nouns sharing a word name the same rows, narrower or wider ("refund log", "refund"). */
const sameRows = (a: string, b: string | null) => [...wordsOf(a)].some((w) => wordsOf(b).has(w));

function mainNoun(bars: RowBars, d: RowReading, scored: readonly (ScoredNoun & { p: number })[]): string | null {
  const best = scored[0]!;
  // Rows the rules do not keep themselves (none read, or a records app whose tool also writes or
  // reads, which builds no table of its form) are kept for a noun the model is sure of. Before the
  // guards below on purpose: naming such rows through them (the rules' noun) lost 4 of 1,088 dev items,
  // whose rules read 'spot', 'room', 'records' where the model read 'clinic appointment' or 'booking show'
  // (a verb the tagger joined to the noun: the name is still nearer than the rules').
  if (!d.keepsRecords && best.p >= bars.add) return best.noun;
  if (!rulesKeep(d)) return null;
  // Tables said with their columns name their own rows.
  if (d.tables.length > 0) return null;
  if (d.recordNoun === null) return best.p >= bars.name ? best.noun : null;
  const rules = scored.find((r) => r.features.has('r:noun'))?.p ?? 0;
  // Who does the keeping is not what is kept: "each support agent logs their calls" keeps calls.
  const actor = best.features.has('g:subject');
  return !ruled(best) && !actor && !sameRows(best.noun, d.recordNoun) && best.p >= bars.replace && rules < bars.below ? best.noun : null;
}

export function rowsBy(model: LogisticModel, bars: RowBars, d: RowReading, rows: readonly ScoredNoun[]): RowChoice {
  const scored = rows.map((r) => ({ ...r, p: probability(model, r.features) })).sort((a, b) => b.p - a.p);
  if (scored.length === 0) return { noun: null, beside: [], keep: false };
  const noun = mainNoun(bars, d, scored);
  const keep = !d.keepsRecords && scored[0]!.p >= bars.add;
  if (!noun && !rulesKeep(d)) return { noun, beside: [], keep };
  const kept = [noun ?? d.recordNoun, ...d.joined];
  const beside = scored.filter((r) => r.p >= bars.beside && !ruled(r) && !kept.some((k) => sameRows(r.noun, k))).map((r) => r.noun);
  return { noun, beside, keep };
}

/**
 * How sure of a noun the model must be to add its table where the words lean clearly toward
 * tables (tables-asked.ts): people who ask for records plainly ("managers see every request",
 * "approve or cancel each appointment") often name the rows only in passing. By ten folds on dev,
 * both models fitted on the other nine: 1,104 → 1,116 of 1,565 (13 gained, 1 lost; each dev half
 * ahead); 0.3 gained as many and lost more, 0.4 and up gained less.
 */
const ADD_WHEN_ASKED = 0.35;

/** What a description gives the tool to read: uploads. */
type Given = { given: { photo: boolean; document: boolean } };

/**
 * The bars for one description: a lower bar to add a table where tables are clearly asked, unless
 * the tool reads an upload, sorts into labels or makes a picture. There the nouns are mostly what
 * it reads or shows ("the parties", "carriers", "the price"): without the exception, 2 more
 * gained and 3 more lost by the same ten folds. Where rows are kept beyond doubt, the bar that
 * names unnamed rows adds one too, whatever the tool reads (tables-asked.ts has the figures).
 */
export function barsFor<B extends RowBars>(bars: B, d: RowReading & Given & { text: string }): B {
  if (tablesBeyondDoubt(d.text)) return { ...bars, add: Math.min(bars.add, bars.name) };
  const reads = d.given.document || d.given.photo || d.labels !== null || d.outputKind.startsWith('image');
  return !reads && tablesClearlyAsked(d.text) ? { ...bars, add: Math.min(bars.add, ADD_WHEN_ASKED) } : bars;
}

/** The rules' reading with the shipped model's say on what its tables' rows are. */
export function learnedRowNoun<D extends RowReading & Given & { text: string }>(d: D): D {
  const named = rowNounBy(barsFor(file.shipped(), d), d, rowNounRows(d.text, d));
  return unnamedRows(named) && tablesHardlyAsked(d.text) ? { ...named, keepsRecords: false } : named;
}

/** The rules' reading with `file`'s say, from its candidates `rows` (a fold's model, when judged). */
export function rowNounBy<D extends RowReading>(
  file: RowNounFile | (RowBars & { model: LogisticModel }),
  d: D,
  rows: readonly ScoredNoun[],
): D {
  const { noun, beside, keep } = rowsBy(file.model, file, d, rows);
  if (!noun && beside.length === 0 && !keep) return d;
  return {
    ...d,
    // A table added where the rules kept none is kept; a renamed one stays as the rules kept it.
    keepsRecords: d.keepsRecords || keep,
    recordNoun: noun ?? d.recordNoun,
    joined: [...d.joined, ...beside],
  };
}

/**
 * Rows kept that neither the rules nor the model can name, and no table, records app, new row or
 * named parts of a result to keep as columns said. With words that lean little toward tables
 * (tables-asked.ts) the keeping word was loose ("keep a history of each send", "leave tracked by
 * the hour"); on dev, all 11 such tables ("records") failed, 7 of them where none was asked.
 * Said plainly ("we keep all of them", "it keeps a table of records") they are still kept.
 */
function unnamedRows(d: RowReading): boolean {
  return (
    d.keepsRecords &&
    d.recordNoun === null &&
    d.joined.length === 0 &&
    d.tables.length === 0 &&
    d.parts.length === 0 &&
    !d.recordsApp &&
    d.event?.kind !== 'record-created'
  );
}
