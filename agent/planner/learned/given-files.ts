/**
 * Whether the person hands the tool a photo or a document, learned on top of the rules
 * (given-inputs.ts): the rules read a giving verb near a file noun, and miss or misread the
 * wordings nobody wrote a rule for ("make a Certificate PDF and email it" is a document made, not
 * one handed over; "they text a photo of the receipt to a number" hands one over). One logistic
 * model per kind, fitted on dev's labels, reads the rules' verdict, the description's content
 * lemmas and, around each file noun, the verb before it, the preposition before it and the verb
 * after it ("upload … PDF", "in a PDF", "PDF arrives"); its verdict replaces the rules'.
 *
 * Chosen by ten folds on dev (documents 2,033 → 2,099 of 2,189 right, photos 2,080 → 2,103) and
 * on the 324 newly sourced dev items of stop 36 fitted on the others (documents 292 → 303,
 * photos 299 → 306). `npx tsx tests/eval/planner/train-models.ts --write-output` refits it first,
 * as a rule change in given-inputs.ts moves its features.
 */
import { z } from 'zod';
import { DOCUMENT_FORMATS, DOCUMENT_NOUNS, PHOTO_NOUNS } from '../given-nouns';
import type { GivenInputs } from '../given-inputs';
import { readSentences } from '../language';
import { LogisticModelSchema, probability } from './logistic-model';
import { modelFile, TrainedFileSchema } from './trained-model';
import { wordFeatures } from './word-features';

export const GIVEN_FILES_PATH = new URL('./given-files.json', import.meta.url);

export type FileKind = 'photo' | 'document';
export const FILE_KINDS: readonly FileKind[] = ['photo', 'document'];

const NOUNS: Record<FileKind, ReadonlySet<string>> = {
  photo: PHOTO_NOUNS,
  document: new Set([...DOCUMENT_NOUNS, ...DOCUMENT_FORMATS]),
};

/** Words between a preposition and its noun ("in a signed PDF"). */
const DESCRIBING = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'VERB']);

/** How far back a verb still governs a file noun ("upload the signed contract PDF"). */
const VERB_REACH = 6;

/**
 * Every kind of feature read, in the model file too: a kind added or dropped here makes the
 * shipped model stale (tests/unit/planner-given-files.test.ts says so).
 */
export const GIVEN_FEATURE_KINDS: readonly string[] = [
  'rule:<true|false>',
  'w:<content lemma>',
  'noun (a file noun is said)',
  'before:<lemma of the verb before a file noun>',
  'at:<preposition right before a file noun>',
  'after:<lemma of a verb right after a file noun>',
];

/** What the model of `kind` reads in `text`, the rules having said `ruled`. */
export function givenFileFeatures(text: string, kind: FileKind, ruled: boolean): Set<string> {
  const out = new Set<string>([`rule:${ruled}`]);
  for (const lemma of wordFeatures(text)) out.add(`w:${lemma}`);
  const nouns = NOUNS[kind];
  for (const { tokens } of readSentences(text)) {
    tokens.forEach((t, i) => {
      if (!nouns.has(t.lemma) && !nouns.has(t.lower)) return;
      out.add('noun');
      for (let k = i - 1; k >= Math.max(0, i - VERB_REACH); k--) {
        if (tokens[k]!.pos === 'VERB') {
          out.add(`before:${tokens[k]!.lemma}`);
          break;
        }
      }
      // "in a PDF", "as signed PDFs": the preposition before the noun's describing words.
      let k = i - 1;
      while (k >= 0 && DESCRIBING.has(tokens[k]!.pos)) k--;
      if (tokens[k]?.pos === 'ADP') out.add(`at:${tokens[k]!.lower}`);
      const next = tokens[i + 1];
      if (next?.pos === 'VERB') out.add(`after:${next.lemma}`);
    });
  }
  return out;
}

const GivenFilesFileSchema = TrainedFileSchema.omit({ model: true })
  .extend({
    photo: LogisticModelSchema,
    document: LogisticModelSchema,
    /** The kinds of feature it was fitted on (GIVEN_FEATURE_KINDS then). */
    features: z.array(z.string()),
  })
  .strict();
export type GivenFilesFile = z.infer<typeof GivenFilesFileSchema>;

const file = modelFile(GIVEN_FILES_PATH, GivenFilesFileSchema);

export const readGivenFilesFile: () => GivenFilesFile = file.read;

/** The files handed over: the rules' reading with the learned verdict on each kind. */
export function learnedGiven(text: string, ruled: GivenInputs): GivenInputs {
  const models = file.shipped();
  const photo = probability(models.photo, givenFileFeatures(text, 'photo', ruled.photo)) >= 0.5;
  const document = probability(models.document, givenFileFeatures(text, 'document', ruled.document)) >= 0.5;
  return { ...ruled, photo, document };
}
