/**
 * Text or data, learned on top of the rules: once the rules have read a description as a tool
 * that writes (text) or one that hands back values, labels or rows (data), a logistic model
 * fitted on dev's labels reads the signals behind that reading and the description's content
 * lemmas (text-or-data-features.ts), and overrules the rules only when it is confident.
 * Images are left to the rules: the model only chooses between text and data.
 *
 * Chosen over the rules alone by ten folds on dev (634 → 661 of 784 right), on dev-check when
 * fitted on dev-tune (321 → 328 of 401), and on 217 newly sourced dev items no rule or model
 * had seen (165 → 174). Since then the prior alone never overrules (the lift, below): ten folds
 * 657, dev-check 329, and short asks stay with the rules. Reading the lemmas of the opening
 * phrase on their own too (the tool named first) took it from 414 to 417 of 499 on dev-check and
 * from 837 to 840 of 985 on ten folds (+1 to +2 on three other draws of the folds). Reading the
 * closing sentence's lemmas on their own too (what is handed back or kept, said last) took it
 * from 945 to 950 of 1,123 on ten folds (+2, 0 and +8 on three other draws) and from 465 to 469
 * of 561 on dev-check; the bar and lift chosen inside dev-tune stayed where they were. In stop 37
 * it reads every word and each pair of neighbouring words too, and overrules at even odds: on
 * wording the rules were not written for, it is right more often than they are
 * (tests/eval/planner/text-or-data-fit.ts has the figures). Stop 44 added the 965 dev items sourced
 * in stops 41–43: fitted with half of them, the other half's output went 416 → 418 of 481. Stop 46 added the 1,196 dev items
 * sourced in stops 45–46 (all 7,044): fitted with half of them, the other half's output went 490 → 494
 * of 597 (a penalty of 0.5 or 2 instead of 1 scored 494 and 493). A rule
 * change moves its features; `npx tsx tests/eval/planner/train-models.ts --write-output` refits it.
 */
import { z } from 'zod';
import { probability, type LogisticModel } from './logistic-model';
import { asksForTone } from '../tone-words';
import { asksForDataFile } from '../result-shape';
import { saysNothing, textOrDataFeatures, type RulesReading } from './text-or-data-features';
import { modelFile, TrainedFileSchema } from './trained-model';

export const TEXT_OR_DATA_PATH = new URL('./text-or-data.json', import.meta.url);

const TextOrDataFileSchema = TrainedFileSchema.extend({
  /** How sure the model must be of the other kind to overrule the rules, either way (chosen inside dev-tune). */
  bar: z.number().min(0.5).max(1),
  /** How far (log-odds) the reading must move the model from a description that says nothing (chosen inside dev-tune). */
  lift: z.number().min(0),
  /** The kinds of feature it was fitted on (FEATURE_KINDS then). */
  features: z.array(z.string()),
}).strict();
export type TextOrDataFile = z.infer<typeof TextOrDataFileSchema>;

const file = modelFile(TEXT_OR_DATA_PATH, TextOrDataFileSchema);

export const readTextOrDataFile: () => TextOrDataFile = file.read;

/** The model decides only where the rules chose between writing and handing back data. */
export const choosesTextOrData = (d: RulesReading): boolean => d.outputKind === 'text';

/** How sure the model must be to overrule (bar), and how far the description must move it from where it starts with no words (lift, in log-odds). */
export interface Leaning {
  bar: number;
  lift: number;
}

const logOdds = (p: number) => Math.log(p / (1 - p));

/**
 * Data (true) or text: the rules' `structured`, unless `model` is at least `bar` sure of the
 * other and the reading moved it at least `lift` (log-odds) that way from a description that
 * says nothing: the prior alone never overrules ("tl;dr of long reports" says little either way).
 */
export function structuredBy(model: LogisticModel, leaning: Leaning, structured: boolean, features: ReadonlySet<string>): boolean {
  const data = probability(model, features);
  const moved = logOdds(data) - logOdds(probability(model, saysNothing()));
  if (data >= leaning.bar && moved >= leaning.lift) return true;
  if (data <= 1 - leaning.bar && moved <= -leaning.lift) return false;
  return structured;
}

/** Whether the tool hands back data (true) or writes (false), by the rules and the shipped model. */
export function learnedStructured(d: RulesReading): boolean {
  if (!choosesTextOrData(d)) return d.structured;
  // A tone asked for ("in a friendly tone") is writing: values have no tone, whatever else the words lean to.
  if (!d.structured && asksForTone(d.text)) return false;
  // A result asked for as a file of values ("into a clean csv", "as XML") is data: no prose comes back in one.
  if (d.structured && asksForDataFile(d.text)) return true;
  const shipped = file.shipped();
  return structuredBy(shipped.model, shipped, d.structured, textOrDataFeatures(d));
}
