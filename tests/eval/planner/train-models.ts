/**
 * `npx tsx tests/eval/planner/train-models.ts [--cv]`: fits the planner's learned models on the
 * corpus's dev split only and writes each to agent/planner/learned/<name>.json, with the ids of
 * the items it learned from. `--cv` instead prints each model's ten-fold cross-validated
 * accuracy on dev: the honest figure for a model whose training items are all of dev.
 * `--output` instead compares the rules' output kind with a model learned on top of them
 * (output-stacking.ts), on dev-check and on the same ten folds; `--judged <file>` also judges it
 * on the dev ids listed there, fitted on the others. `--write-output` refits the one the planner
 * ships (agent/planner/learned/text-or-data.json) with today's rules on the dev items each shipped
 * file was fitted on (`--all-dev`: on all of dev, a choice to judge on new items): its features
 * include the rules' signals, so a rule change calls for it; it refits the row-noun ranker
 * (agent/planner/learned/row-noun.json) after it, for the same reason, and the files-handed-over
 * model (agent/planner/learned/given-files.json), the start model (event-kind.json), the picture
 * model (makes-pictures.json) and the picture-and-writing model (image-writing.json) before both,
 * as every reading starts from them.
 * `--write-row-noun` refits the ranker alone; `--given` prints those four against the rules by
 * ten folds.
 *
 * Retraining is a choice, not a chore: a model's bar (e.g. tables-asked.ts) was chosen for that
 * model on items it had not seen, so a retrain needs the bar checked again on new items.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fitLogistic, probability, type Example } from '../../../agent/planner/learned/logistic-model';
import { EVENT_KIND_PATH, readEventKindFile } from '../../../agent/planner/learned/event-kind';
import { GIVEN_FILES_PATH, readGivenFilesFile } from '../../../agent/planner/learned/given-files';
import { IMAGE_WRITING_PATH, readImageWritingFile } from '../../../agent/planner/learned/image-writing';
import { MAKES_PICTURES_PATH, readMakesPicturesFile } from '../../../agent/planner/learned/makes-pictures';
import { readRowNounFile, ROW_NOUN_PATH } from '../../../agent/planner/learned/row-noun';
import { readTextOrDataFile, TEXT_OR_DATA_PATH } from '../../../agent/planner/learned/text-or-data';
import { FIT, MODEL_NAMES, modelPath, type ModelName, type TrainedFile } from '../../../agent/planner/learned/trained-model';
import { wordFeatures } from '../../../agent/planner/learned/word-features';
import { fittingItems, type CorpusItem } from './corpus';
import { FOLDS, foldOf } from './folds';
import { compareEventKind, trainEventKind } from './event-kind-fit';
import { compareGivenFiles, trainGivenFiles } from './given-files-fit';
import { compareImageWriting, trainImageWriting } from './image-writing-fit';
import { compareMakesPictures, trainMakesPictures } from './makes-pictures-fit';
import { compareOutputStacking } from './output-stacking';
import { trainRowNoun } from './row-noun-fit';
import { trainTextOrData } from './text-or-data-fit';

/** Per model: which dev items say something about its choice, and which side each is on. */
const TASKS: Record<ModelName, { about: (item: CorpusItem) => boolean; positive: (item: CorpusItem) => boolean }> = {
  'keeps-records': { about: () => true, positive: (i) => i.labels.collections.length > 0 },
};

/** The dev items a model learns from (all of dev, or the ids given), in a stable order. */
export function trainingItems(name: ModelName, ids?: readonly string[]): CorpusItem[] {
  return fittingItems(ids).filter((i) => TASKS[name].about(i));
}

const asExample = (name: ModelName, item: CorpusItem): Example => ({
  features: wordFeatures(item.text),
  positive: TASKS[name].positive(item),
});

export function train(name: ModelName, items: readonly CorpusItem[] = trainingItems(name)): TrainedFile {
  return {
    trainedOn: { split: 'dev', ids: items.map((i) => i.id) },
    fit: FIT,
    model: fitLogistic(
      items.map((i) => asExample(name, i)),
      FIT,
    ),
  };
}

/** Ten folds by a hash of the id: each fold is judged by a model fitted on the other nine. */
function crossValidate(name: ModelName): number {
  const items = trainingItems(name);
  let right = 0;
  for (let k = 0; k < FOLDS; k++) {
    const model = fitLogistic(
      items.filter((i) => foldOf(i.id) !== k).map((i) => asExample(name, i)),
      FIT,
    );
    for (const item of items.filter((i) => foldOf(i.id) === k)) {
      const e = asExample(name, item);
      if (probability(model, e.features) >= 0.5 === e.positive) right++;
    }
  }
  return right / items.length;
}

/** Writes a fitted model's file and says what it learned from (and how many weights, for a file of one model). */
function writeFitted(name: string, path: URL, file: { trainedOn: { ids: readonly string[] }; model?: { weights: object } }): void {
  writeFileSync(fileURLToPath(path), `${JSON.stringify(file, null, 1)}\n`);
  const weights = file.model ? `, ${Object.keys(file.model.weights).length} weights` : '';
  process.stdout.write(`${name}: fitted on ${file.trainedOn.ids.length} dev items${weights}\n`);
}

/** What the command takes; anything else is refused, so that a mistyped flag never falls through to writing models. */
const OPTIONS = {
  cv: { type: 'boolean' },
  output: { type: 'boolean' },
  judged: { type: 'string' },
  'write-output': { type: 'boolean' },
  'write-row-noun': { type: 'boolean' },
  'all-dev': { type: 'boolean' },
  given: { type: 'boolean' },
} as const;

function readFlags(args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const said = (error instanceof Error ? error.message : String(error)).split('. ')[0]!.replace(/\.?$/, '.');
    const known = Object.keys(OPTIONS)
      .map((o) => `--${o}`)
      .join(', ');
    process.stderr.write(`train-models: ${said} It takes ${known}, or none to fit the keeps-records model; nothing was written.\n`);
    process.exit(2);
  }
}

/** Run as a command, not imported by a test. */
const asCommand = import.meta.url === `file://${process.argv[1]}`;
const flags: ReturnType<typeof readFlags> = asCommand ? readFlags(process.argv.slice(2)) : {};

/** A rule change refits each model on the items its file names; growing them (`--all-dev`) is a choice of its own. */
const same = (read: () => { trainedOn: { ids: string[] } }) => (flags['all-dev'] ? undefined : read().trainedOn.ids);

if (asCommand && flags['write-output']) {
  // The files handed over feed every reading after them: refitted first, before anything reads a description;
  // the start from outside is read beside them, and whether writing comes with a picture reads the files.
  writeFitted('given-files', GIVEN_FILES_PATH, trainGivenFiles(same(readGivenFilesFile)));
  writeFitted('event-kind', EVENT_KIND_PATH, trainEventKind(same(readEventKindFile)));
  // Whether a picture comes back at all is read before whether writing comes with it.
  writeFitted('makes-pictures', MAKES_PICTURES_PATH, trainMakesPictures(same(readMakesPicturesFile)));
  writeFitted('image-writing', IMAGE_WRITING_PATH, trainImageWriting(same(readImageWritingFile)));
  writeFitted('text-or-data', TEXT_OR_DATA_PATH, trainTextOrData(same(readTextOrDataFile)));
  // The ranker reads the rules' reading after the text-or-data model: refitted after it, in the same run.
  writeFitted('row-noun', ROW_NOUN_PATH, trainRowNoun(same(readRowNounFile)));
} else if (asCommand && flags['write-row-noun']) {
  writeFitted('row-noun', ROW_NOUN_PATH, trainRowNoun(same(readRowNounFile)));
} else if (asCommand && flags.given) {
  process.stdout.write(`${[...compareGivenFiles(), compareEventKind(), compareMakesPictures(), compareImageWriting()].join('\n')}\n`);
} else if (asCommand && flags.output) {
  const judged = flags.judged
    ? readFileSync(flags.judged, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '')
    : [];
  process.stdout.write(`${compareOutputStacking(new Set(judged)).join('\n')}\n`);
} else if (asCommand) {
  for (const name of MODEL_NAMES) {
    const items = trainingItems(name);
    if (flags.cv) {
      process.stdout.write(`${name}: ${items.length} dev items, ten-fold accuracy ${(crossValidate(name) * 100).toFixed(1)}%\n`);
    } else {
      writeFileSync(fileURLToPath(modelPath(name)), `${JSON.stringify(train(name, items), null, 1)}\n`);
      process.stdout.write(`${name}: trained on ${items.length} dev items\n`);
    }
  }
}
