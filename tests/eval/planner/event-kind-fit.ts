/**
 * Fitting the planner's learned start (agent/planner/learned/event-kind.ts) on dev: each dev item
 * is read by the rules (description.ts's ruledStart) and its label says what starts a run from
 * outside (a form or only the schedule: none). `compareEventKind` prints the rules against the
 * model by ten folds on dev, each fold judged by models fitted on the other nine.
 */
import { ruledStart } from '../../../agent/planner/description';
import {
  chosenStart,
  EVENT_FEATURE_KINDS,
  eventFeatures,
  START_KINDS,
  startOf,
  type EventKindFile,
  type StartKind,
} from '../../../agent/planner/learned/event-kind';
import { fitLogistic, type FitOptions } from '../../../agent/planner/learned/logistic-model';
import { fittingItems, type CorpusItem } from './corpus';
import { rightByTenFolds } from './folds';

interface StartRow {
  item: CorpusItem;
  ruled: StartKind;
  features: Set<string>;
}

/** The start labelled: a form or only the schedule start nothing from outside. */
const labelled = (item: CorpusItem): StartKind =>
  item.labels.trigger === 'form' || item.labels.trigger === 'none' ? 'none' : item.labels.trigger;

/** Dev items (all, or the ids given) as the model reads them, in a stable order. */
export function startRows(ids?: readonly string[]): StartRow[] {
  return fittingItems(ids).map((item) => {
    const { ruled, scheduled } = ruledStart(item.text);
    return { item, ruled: startOf(ruled), features: eventFeatures(item.text, scheduled) };
  });
}

/**
 * Fitted longer than the word models (trained-model.ts's FIT), as the picture and text-or-data
 * models are: by ten folds on 3990 dev items 3603 starts right against 3587 at 400 steps of 0.5
 * (l2 0.3: 3600, l2 3: 3591; the rules alone 3545).
 */
export const START_FIT: FitOptions = { minCount: 2, l2: 1, iterations: 1500, learningRate: 1 };

function fitModels(rows: readonly StartRow[]): EventKindFile['models'] {
  const fitKind = (kind: StartKind) =>
    fitLogistic(
      rows.map((r) => ({ features: r.features, positive: labelled(r.item) === kind })),
      START_FIT,
    );
  return { none: fitKind('none'), webhook: fitKind('webhook'), email: fitKind('email'), 'record-created': fitKind('record-created') };
}

/** The model file for the dev items given (all of dev by default). */
export function trainEventKind(ids?: readonly string[]): EventKindFile {
  const rows = startRows(ids);
  return {
    trainedOn: { split: 'dev', ids: rows.map((r) => r.item.id) },
    fit: START_FIT,
    models: fitModels(rows),
    features: [...EVENT_FEATURE_KINDS],
  };
}

/** Rules against the model by ten folds on dev. */
export function compareEventKind(): string {
  const rows = startRows();
  const rules = rows.filter((r) => r.ruled === labelled(r.item)).length;
  const model = rightByTenFolds(rows, fitModels, (models, r) => chosenStart(models, r.features, r.ruled) === labelled(r.item));
  return `start: ${rows.length} dev items (${START_KINDS.join(', ')}), ten folds: rules ${rules}, model ${model}`;
}
