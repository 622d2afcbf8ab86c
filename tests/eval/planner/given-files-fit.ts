/**
 * Fitting the planner's files-handed-over model (agent/planner/learned/given-files.ts) on dev:
 * each dev item is read by the rules (given-inputs.ts) and its labels say whether a photo and a
 * document are handed over. `compareGivenFiles` prints the rules against the model by ten folds
 * on dev, each fold judged by a model fitted on the other nine.
 */
import { givenInputs } from '../../../agent/planner/given-inputs';
import {
  FILE_KINDS,
  GIVEN_FEATURE_KINDS,
  givenFileFeatures,
  type FileKind,
  type GivenFilesFile,
} from '../../../agent/planner/learned/given-files';
import { fitLogistic, probability, type FitOptions, type LogisticModel } from '../../../agent/planner/learned/logistic-model';
import { fittingItems, type CorpusItem } from './corpus';
import { rightByTenFolds } from './folds';

interface GivenRow {
  item: CorpusItem;
  features: Record<FileKind, Set<string>>;
  ruled: Record<FileKind, boolean>;
}

const labelled = (item: CorpusItem, kind: FileKind) => (kind === 'photo' ? item.labels.imageInput : item.labels.documentInput);

/** Dev items (all, or the ids given) as the model reads them, in a stable order. */
export function givenRows(ids?: readonly string[]): GivenRow[] {
  return fittingItems(ids).map((item) => {
    const ruled = givenInputs(item.text);
    return {
      item,
      ruled: { photo: ruled.photo, document: ruled.document },
      features: {
        photo: givenFileFeatures(item.text, 'photo', ruled.photo),
        document: givenFileFeatures(item.text, 'document', ruled.document),
      },
    };
  });
}

/**
 * Fitted longer than the word models (trained-model.ts's FIT), as the start models are: by ten
 * folds on 3990 dev items photos handed over 3804 → 3817 right, documents 3790 → 3793.
 */
export const GIVEN_FIT: FitOptions = { minCount: 2, l2: 1, iterations: 1500, learningRate: 1 };

function fitKind(rows: readonly GivenRow[], kind: FileKind): LogisticModel {
  return fitLogistic(
    rows.map((r) => ({ features: r.features[kind], positive: labelled(r.item, kind) })),
    GIVEN_FIT,
  );
}

/** The model file for the dev items given (all of dev by default). */
export function trainGivenFiles(ids?: readonly string[]): GivenFilesFile {
  const rows = givenRows(ids);
  return {
    trainedOn: { split: 'dev', ids: rows.map((r) => r.item.id) },
    fit: GIVEN_FIT,
    photo: fitKind(rows, 'photo'),
    document: fitKind(rows, 'document'),
    features: [...GIVEN_FEATURE_KINDS],
  };
}

/** Rules against the model, per kind, by ten folds on dev. */
export function compareGivenFiles(): string[] {
  const rows = givenRows();
  return FILE_KINDS.map((kind) => {
    const rules = rows.filter((r) => r.ruled[kind] === labelled(r.item, kind)).length;
    const model = rightByTenFolds(
      rows,
      (fitted) => fitKind(fitted, kind),
      (fitted, r) => probability(fitted, r.features[kind]) >= 0.5 === labelled(r.item, kind),
    );
    return `${kind}: ${rows.length} dev items, ten folds: rules ${rules}, model ${model}`;
  });
}
