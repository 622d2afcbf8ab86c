/**
 * Fitting the planner's trigger model (agent/planner/learned/trigger-kind.ts) on dev, and judging
 * it against the rules alone. Every dev item is read by the rules alone (describeByRules); one
 * logistic model per kind of start learns what those readings (trigger-kind-features.ts, the same
 * function the planner calls) say about the item's label: a form or a schedule is no start from
 * outside ("none"), the others are their kind.
 *
 * A run is right when its start is the label's and, for a scheduled tool, a schedule was read
 * (the scorer's reading of a trigger, score-corpus.ts). The bar was chosen by ten folds inside
 * dev-tune; `compareTriggerKind` prints those, dev-check fitted on dev-tune, and ten folds on dev.
 */
import { describeByRules, type Description } from '../../../agent/planner/description';
import { fitLogistic } from '../../../agent/planner/learned/logistic-model';
import {
  kindBy,
  type KindModels,
  START_KINDS,
  startKind,
  type StartKind,
  type TriggerKindFile,
} from '../../../agent/planner/learned/trigger-kind';
import { TRIGGER_FEATURE_KINDS, triggerKindFeatures } from '../../../agent/planner/learned/trigger-kind-features';
import { FIT } from '../../../agent/planner/learned/trained-model';
import { corpusSplit, devHalfOf, type CorpusItem } from './corpus';
import { FOLDS, foldOf } from './folds';

/** The share another kind must hold to overrule the rules: chosen by ten folds inside dev-tune. */
export const TRIGGER_BAR = 0.6;
const BARS = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

export interface TriggerRow {
  item: CorpusItem;
  reading: Description;
  rules: StartKind;
  /** The start the label asks for. */
  want: StartKind;
  features: Set<string>;
}

const wanted = (item: CorpusItem): StartKind =>
  item.labels.trigger === 'form' || item.labels.trigger === 'none' ? 'none' : item.labels.trigger;

/** Dev items (all, or the ids given) as the rules alone read them, in a stable order. */
export function triggerRows(ids?: readonly string[]): TriggerRow[] {
  const only = ids ? new Set(ids) : null;
  return corpusSplit('dev')
    .filter((i) => !only || only.has(i.id))
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((item) => {
      const reading = describeByRules(item.text);
      return { item, reading, rules: startKind(reading.event), want: wanted(item), features: triggerKindFeatures(reading) };
    });
}

export function fitTriggerKind(rows: readonly TriggerRow[]): KindModels {
  const fit = (k: StartKind) =>
    fitLogistic(
      rows.map((r) => ({ features: r.features, positive: r.want === k })),
      FIT,
    );
  return { none: fit('none'), webhook: fit('webhook'), email: fit('email'), 'record-created': fit('record-created') };
}

/** The model file for the dev items given (all of dev by default). */
export function trainTriggerKind(ids?: readonly string[]): TriggerKindFile {
  const rows = triggerRows(ids);
  return {
    trainedOn: { split: 'dev', ids: rows.map((r) => r.item.id) },
    fit: FIT,
    models: fitTriggerKind(rows),
    bar: TRIGGER_BAR,
    features: [...TRIGGER_FEATURE_KINDS],
  };
}

/** The scorer's reading: the start asked for, and a schedule for a scheduled tool. */
const right = (r: TriggerRow, kind: StartKind) => kind === r.want && (r.item.labels.trigger !== 'none' || r.reading.schedule !== null);

interface Tally {
  rules: number;
  model: number;
  overruled: number;
}

function judge(fitted: readonly TriggerRow[], judged: readonly TriggerRow[], bars: readonly number[]): Tally[] {
  const models = fitTriggerKind(fitted);
  return bars.map((bar) => {
    const t: Tally = { rules: 0, model: 0, overruled: 0 };
    for (const r of judged) {
      const mine = kindBy(models, bar, r.rules, r.features);
      if (mine !== r.rules) t.overruled++;
      if (right(r, r.rules)) t.rules++;
      if (right(r, mine)) t.model++;
    }
    return t;
  });
}

function tenFold(rows: readonly TriggerRow[], bars: readonly number[]): Tally[] {
  const sum = bars.map(() => ({ rules: 0, model: 0, overruled: 0 }));
  for (let k = 0; k < FOLDS; k++) {
    judge(
      rows.filter((r) => foldOf(r.item.id) !== k),
      rows.filter((r) => foldOf(r.item.id) === k),
      bars,
    ).forEach((t, i) => {
      sum[i]!.rules += t.rules;
      sum[i]!.model += t.model;
      sum[i]!.overruled += t.overruled;
    });
  }
  return sum;
}

const line = (t: Tally, n: number) => `rules ${t.rules}/${n}, model ${t.model}/${n} (${t.overruled} overruled)`;

export function compareTriggerKind(): string[] {
  const rows = triggerRows();
  const tune = rows.filter((r) => devHalfOf(r.item.id) === 'tune');
  const check = rows.filter((r) => devHalfOf(r.item.id) === 'check');
  const byBar = tenFold(tune, BARS);
  const [held] = judge(tune, check, [TRIGGER_BAR]);
  const [folds] = tenFold(rows, [TRIGGER_BAR]);
  return [
    `start of a run (${START_KINDS.join(', ')}), learned on top of the rules: dev ${rows.length} items (dev-tune ${tune.length}, dev-check ${check.length})`,
    `  ten folds inside dev-tune, by bar: ${BARS.map((b, i) => `${b}: ${line(byBar[i]!, tune.length)}`).join('; ')}`,
    `  fitted on dev-tune, judged on dev-check (bar ${TRIGGER_BAR}): ${line(held!, check.length)}`,
    `  ten folds on dev (bar ${TRIGGER_BAR}): ${line(folds!, rows.length)}`,
  ];
}
