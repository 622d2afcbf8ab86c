/**
 * Fitting the planner's picture model (agent/planner/learned/makes-pictures.ts) on dev: every dev
 * item teaches it, its label saying whether a picture comes back (an image, with or without
 * writing). `compareMakesPictures` prints the rules against the model by ten folds on dev.
 */
import { ruledOutput } from '../../../agent/planner/description';
import { fitLogistic, type FitOptions, type LogisticModel } from '../../../agent/planner/learned/logistic-model';
import {
  isPicture,
  PICTURE_FEATURE_KINDS,
  pictureFeatures,
  picturesBy,
  type MakesPicturesFile,
} from '../../../agent/planner/learned/makes-pictures';
import { fittingItems, type CorpusItem } from './corpus';
import { rightByTenFolds } from './folds';

/** Fitted as the text-or-data model is (a lighter penalty or the word models' shorter fit gained nothing by ten folds). */
export const PICTURE_FIT: FitOptions = { minCount: 2, l2: 1, iterations: 1500, learningRate: 1 };

interface PictureRow {
  item: CorpusItem;
  /** The rules read a picture handed back. */
  ruled: boolean;
  features: Set<string>;
}

const labelled = (item: CorpusItem) => item.labels.output === 'image' || item.labels.output === 'text+image';

/** Dev items (all, or the ids given), in a stable order. */
export function pictureRows(ids?: readonly string[]): PictureRow[] {
  return fittingItems(ids).map((item) => {
    const { kind, photo } = ruledOutput(item.text);
    return { item, ruled: isPicture(kind), features: pictureFeatures(item.text, photo) };
  });
}

function fitRows(rows: readonly PictureRow[]): LogisticModel {
  return fitLogistic(
    rows.map((r) => ({ features: r.features, positive: labelled(r.item) })),
    PICTURE_FIT,
  );
}

/** The model file for the dev items given (all of dev by default). */
export function trainMakesPictures(ids?: readonly string[]): MakesPicturesFile {
  const rows = pictureRows(ids);
  return {
    trainedOn: { split: 'dev', ids: rows.map((r) => r.item.id) },
    fit: PICTURE_FIT,
    model: fitRows(rows),
    features: [...PICTURE_FEATURE_KINDS],
  };
}

/** Rules against the model by ten folds on dev. */
export function compareMakesPictures(): string {
  const rows = pictureRows();
  const rules = rows.filter((r) => r.ruled === labelled(r.item)).length;
  const model = rightByTenFolds(rows, fitRows, (fitted, r) => picturesBy(fitted, r.features, r.ruled) === labelled(r.item));
  return `picture handed back: ${rows.length} dev items, ten folds: rules ${rules}, model ${model}`;
}
