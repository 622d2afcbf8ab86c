/**
 * Whether writing comes with a picture, learned on top of the rules: where they read an image
 * made (or edited) or an image with writing beside it, a logistic model fitted on dev's labels
 * reads their verdict, whether a photo is handed over and the content lemmas (of the whole
 * description, its opening phrase and its closing sentence), and overrules them when it is sure.
 * The rules count any writing said near the picture as writing handed back ("a sharing image with
 * the product title" puts the title on the picture, and hands back only the picture).
 *
 * Chosen by ten folds on dev (154 → 161 of the 181 items the rules read as a picture and the
 * labels as one, with or without writing) and on the 38 such items sourced in stop 36, fitted on
 * the others (26 → 28). `npx tsx tests/eval/planner/train-models.ts --write-output` refits it.
 */
import { z } from 'zod';
import type { OutputKind } from '../output-kind';
import { LogisticModelSchema, probability, type LogisticModel } from './logistic-model';
import { modelFile, TrainedFileSchema } from './trained-model';
import { lemmaFeatures } from './word-features';

export const IMAGE_WRITING_PATH = new URL('./image-writing.json', import.meta.url);

/** The model decides only where the rules read a picture handed back. */
export const choosesImageWriting = (kind: OutputKind): boolean => kind !== 'text';

/**
 * Every kind of feature read, in the model file too: a kind added or dropped here makes the
 * shipped model stale (tests/unit/planner-image-writing.test.ts says so).
 */
export const IMAGE_WRITING_FEATURE_KINDS: readonly string[] = [
  'rule:<writing beside the picture: true|false>',
  'photo:<true|false>',
  'w:<content lemma>',
  'o:<content lemma of the opening phrase>',
  'e:<content lemma of the closing sentence>',
];

export function imageWritingFeatures(text: string, kind: OutputKind, photo: boolean): Set<string> {
  return lemmaFeatures(text, new Set([`rule:${kind === 'text+image'}`, `photo:${photo}`]));
}

const ImageWritingFileSchema = TrainedFileSchema.extend({
  /** The kinds of feature it was fitted on (IMAGE_WRITING_FEATURE_KINDS then). */
  features: z.array(z.string()),
  model: LogisticModelSchema,
}).strict();
export type ImageWritingFile = z.infer<typeof ImageWritingFileSchema>;

const file = modelFile(IMAGE_WRITING_PATH, ImageWritingFileSchema);

export const readImageWritingFile: () => ImageWritingFile = file.read;

/**
 * How sure the model must be to overrule the rules, either way: by ten folds 0.5 gained two items
 * more (163 against 161 of 181), but it overruled the rules where a caption is asked plainly
 * beside the picture ("…into one seasonal image with our logo in the corner, plus a short
 * caption", 0.48), which the planner's own wordings keep.
 */
export const OVERRULE_FROM = 0.6;

/** Writing beside the picture (true) or not: the rules' `writes`, unless the model is sure of the other. */
export function writesBy(model: LogisticModel, features: ReadonlySet<string>, writes: boolean): boolean {
  const p = probability(model, features);
  if (p >= OVERRULE_FROM) return true;
  if (p <= 1 - OVERRULE_FROM) return false;
  return writes;
}

/** The rules' output kind (`kind`), with the model's say on whether writing comes with the picture. */
export function learnedImageKind(text: string, kind: OutputKind, photo: boolean): OutputKind {
  if (!choosesImageWriting(kind)) return kind;
  const writes = writesBy(file.shipped().model, imageWritingFeatures(text, kind, photo), kind === 'text+image');
  if (writes) return 'text+image';
  // As the rules make a picture without writing: edited from the photo handed over, when one is.
  return kind === 'text+image' ? (photo ? 'image-edit' : 'image') : kind;
}
