/**
 * Fitting the planner's picture-and-writing model (agent/planner/learned/image-writing.ts) on
 * dev: the items the rules read as a picture handed back (description.ts's ruledOutput) whose
 * label is a picture with or without writing teach it which of the two. `compareImageWriting`
 * prints the rules against the model on those items by ten folds on dev.
 */
import { ruledOutput } from '../../../agent/planner/description';
import {
  choosesImageWriting,
  IMAGE_WRITING_FEATURE_KINDS,
  imageWritingFeatures,
  type ImageWritingFile,
  writesBy,
} from '../../../agent/planner/learned/image-writing';
import { fitLogistic, type LogisticModel } from '../../../agent/planner/learned/logistic-model';
import { FIT } from '../../../agent/planner/learned/trained-model';
import { fittingItems, type CorpusItem } from './corpus';
import { rightByTenFolds } from './folds';

interface ImageRow {
  item: CorpusItem;
  /** The rules read writing beside the picture. */
  writes: boolean;
  features: Set<string>;
}

/** Dev items (all, or the ids given) that teach the model, in a stable order. */
export function imageRows(ids?: readonly string[]): ImageRow[] {
  return fittingItems(ids)
    .filter((i) => i.labels.output === 'image' || i.labels.output === 'text+image')
    .flatMap((item) => {
      const { kind, photo } = ruledOutput(item.text);
      if (!choosesImageWriting(kind)) return [];
      return [{ item, writes: kind === 'text+image', features: imageWritingFeatures(item.text, kind, photo) }];
    });
}

function fitRows(rows: readonly ImageRow[]): LogisticModel {
  return fitLogistic(
    rows.map((r) => ({ features: r.features, positive: r.item.labels.output === 'text+image' })),
    FIT,
  );
}

/** The model file for the dev items given (all of dev by default). */
export function trainImageWriting(ids?: readonly string[]): ImageWritingFile {
  const rows = imageRows(ids);
  return {
    trainedOn: { split: 'dev', ids: rows.map((r) => r.item.id) },
    fit: FIT,
    model: fitRows(rows),
    features: [...IMAGE_WRITING_FEATURE_KINDS],
  };
}

/** Rules against the model by ten folds on dev. */
export function compareImageWriting(): string {
  const rows = imageRows();
  const writes = (r: ImageRow) => r.item.labels.output === 'text+image';
  const rules = rows.filter((r) => r.writes === writes(r)).length;
  const model = rightByTenFolds(rows, fitRows, (fitted, r) => writesBy(fitted, r.features, r.writes) === writes(r));
  return `picture with writing: ${rows.length} dev items, ten folds: rules ${rules}, model ${model}`;
}
