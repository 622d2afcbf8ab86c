/**
 * `npx tsx tests/eval/planner/train-models.ts [--cv]`: fits the planner's learned models on the
 * corpus's dev split only and writes each to agent/planner/learned/<name>.json. `--cv` instead
 * prints each model's ten-fold cross-validated accuracy on dev: the honest figure for a model
 * whose training items are all of dev.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fitLogistic, probability, type Example } from '../../../agent/planner/learned/logistic-model';
import { FIT, MODEL_NAMES, modelPath, type ModelName, type TrainedFile } from '../../../agent/planner/learned/trained-model';
import { wordFeatures } from '../../../agent/planner/learned/word-features';
import { corpusSplit, type CorpusItem } from './corpus';

/** Per model: which dev items say something about its choice, and which side each is on. */
const TASKS: Record<ModelName, { about: (item: CorpusItem) => boolean; positive: (item: CorpusItem) => boolean }> = {
  'keeps-records': { about: () => true, positive: (i) => i.labels.collections.length > 0 },
};

/** The dev items a model learns from, in a stable order. */
export function trainingItems(name: ModelName): CorpusItem[] {
  return corpusSplit('dev')
    .filter(TASKS[name].about)
    .sort((a, b) => a.id.localeCompare(b.id));
}

const asExample = (name: ModelName, item: CorpusItem): Example => ({
  features: wordFeatures(item.text),
  positive: TASKS[name].positive(item),
});

/** Which items were trained on, as one hash. */
export function idsHash(items: readonly CorpusItem[]): string {
  return createHash('sha256')
    .update(items.map((i) => i.id).join('\n'))
    .digest('hex');
}

export function train(name: ModelName): TrainedFile {
  const items = trainingItems(name);
  return {
    trainedOn: { split: 'dev', items: items.length, idsSha256: idsHash(items) },
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
  const fold = (id: string) => createHash('sha256').update(`fold:${id}`).digest()[0]! % 10;
  let right = 0;
  for (let k = 0; k < 10; k++) {
    const model = fitLogistic(
      items.filter((i) => fold(i.id) !== k).map((i) => asExample(name, i)),
      FIT,
    );
    for (const item of items.filter((i) => fold(i.id) === k)) {
      const e = asExample(name, item);
      if (probability(model, e.features) >= 0.5 === e.positive) right++;
    }
  }
  return right / items.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const name of MODEL_NAMES) {
    if (process.argv.includes('--cv')) {
      process.stdout.write(
        `${name}: ${trainingItems(name).length} dev items, ten-fold accuracy ${(crossValidate(name) * 100).toFixed(1)}%\n`,
      );
    } else {
      writeFileSync(fileURLToPath(modelPath(name)), `${JSON.stringify(train(name), null, 1)}\n`);
      process.stdout.write(`${name}: trained on ${trainingItems(name).length} dev items\n`);
    }
  }
}
