/**
 * Models learned from the corpus's dev split, each in a JSON file beside this one, written by
 * tests/eval/planner/train-models.ts. A file says what it was trained on, so a test can check it
 * against a retrain and against the test split.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { evidence, LogisticModelSchema, type FitOptions } from './logistic-model';
import { wordFeatures } from './word-features';

/** What each model tells apart. */
export const MODEL_NAMES = ['keeps-records'] as const;
export type ModelName = (typeof MODEL_NAMES)[number];

/** How every model is fitted (chosen by ten-fold accuracy on dev). */
export const FIT: FitOptions = { minCount: 2, l2: 1, iterations: 400, learningRate: 0.5 };

export const modelPath = (name: ModelName) => new URL(`./${name}.json`, import.meta.url);

export const TrainedFileSchema = z
  .object({
    /** What it learned from: dev items only, by id. */
    trainedOn: z.object({ split: z.literal('dev'), ids: z.array(z.string()).min(1) }).strict(),
    fit: z.object({ minCount: z.number(), l2: z.number(), iterations: z.number(), learningRate: z.number() }).strict(),
    model: LogisticModelSchema,
  })
  .strict();
export type TrainedFile = z.infer<typeof TrainedFileSchema>;

/**
 * A shipped model file checked against its schema: `read` reads it from disk each call (what a
 * refit test compares), `shipped` reads it once, on first use, for the planner.
 */
export function modelFile<S extends z.ZodType>(path: URL, schema: S): { read: () => z.infer<S>; shipped: () => z.infer<S> } {
  const read = (): z.infer<S> => schema.parse(JSON.parse(readFileSync(path, 'utf8')));
  let loaded: z.infer<S> | null = null;
  return { read, shipped: () => (loaded ??= read()) };
}

const files = new Map(MODEL_NAMES.map((name) => [name, modelFile(modelPath(name), TrainedFileSchema)]));

export const readTrainedFile = (name: ModelName): TrainedFile => files.get(name)!.read();

/** How far the words of `text` lean to the kind the model scores (positive) or away (negative), prior aside. */
export const learnedEvidence = (name: ModelName, text: string): number => evidence(files.get(name)!.shipped().model, wordFeatures(text));
