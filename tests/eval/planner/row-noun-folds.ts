/**
 * `npx tsx tests/eval/planner/row-noun-folds.ts`: honest figures for the row-noun ranker
 * (agent/planner/learned/row-noun.ts) on dev's collections. Each dev item is read once as the
 * planner reads it before the ranker; the ranker's choice is applied by a model fitted on other
 * items, and the app the planner would build from that reading (a template customised or one
 * composed) is scored as the corpus scorer scores its tables. Printed: the rules alone, the
 * shipped model (fitted on all of dev: a training figure), a model fitted on dev-tune judged on
 * dev-check, and ten folds over dev. Asking turns and the agent loop are left out, so the
 * figures sit a little off the full eval's; they compare variants of the ranker. `--bars` tries
 * the add and beside bars by ten folds inside dev-tune.
 */
import { composeApp } from '../../../agent/planner/compose';
import { customiseTemplate } from '../../../agent/planner/customise-template';
import { CONFIDENT, matchTemplate } from '../../../agent/planner/template-match';
import { templateFits } from '../../../agent/planner/template-fit';
import { questionFor } from '../../../agent/planner/ask-turn';
import type { Description } from '../../../agent/planner/description';
import { barsFor, readRowNounFile, rowNounBy, rowsBy } from '../../../agent/planner/learned/row-noun';
import type { RowBars } from '../../../agent/planner/learned/row-noun';
import type { LogisticModel } from '../../../agent/planner/learned/logistic-model';
import { listTemplates } from '../../../agent/templates/catalogue';
import { devHalfOf } from './corpus';
import { FOLDS, foldOf } from './folds';
import { asked, fitRowNoun, ROW_BARS, rowItems, type RowItem } from './row-noun-fit';
import { sameThing } from './score-corpus';

const templates = listTemplates();

/** The tables the planner builds from reading `d`: their names and labels. */
export function tablesBuilt(d: Description): { name: string; label: string }[] | null {
  if (questionFor(d)) return null;
  // As build-turn.ts chooses: a confident template that fits, else composed.
  const ranked = matchTemplate(d.purpose, d.outputKind, templates, d.schedule !== null);
  const match = ranked && ranked.confidence >= CONFIDENT && templateFits(d, ranked.template.spec) ? ranked.template : null;
  const models = { text: null, image: null };
  const args = match ? customiseTemplate(d, match, models) : composeApp(d, models);
  const tables = args.collections ?? (match ? match.spec.collections : []);
  return tables.map((c) => ({ name: c.name, label: c.label ?? c.name }));
}

/** The corpus scorer's collections verdict for one item. */
export function tablesRight(r: RowItem, built: { name: string; label: string }[] | null): boolean {
  if (!built) return false;
  const want = r.item.labels.collections;
  return want.length === 0 ? built.length === 0 : want.every((w) => built.some((c) => sameThing(w, c.name, c.label)));
}

type Ranker = (RowBars & { model: LogisticModel }) | null;

const judged = (r: RowItem, ranker: Ranker) =>
  tablesRight(r, tablesBuilt(ranker ? rowNounBy(barsFor(ranker, r.reading), r.reading, r.nouns) : r.reading));

function count(items: readonly RowItem[], ranker: (r: RowItem) => Ranker): number {
  return items.filter((r) => judged(r, ranker(r))).length;
}

/** Add and beside bars tried by ten folds inside dev-tune (`--bars`). */
const ADD_BARS = [0.5, 0.6, 0.7];
const BESIDE_BARS = [0.3, 0.4, 0.5, 0.6, 0.8];

/** Of the tables the ranker keeps beside, how many are labelled: the scorer does not count the others. */
function besideLabelled(items: readonly RowItem[], ranker: (r: RowItem) => NonNullable<Ranker>): [number, number] {
  let labelled = 0;
  let all = 0;
  for (const r of items) {
    const f = ranker(r);
    for (const noun of rowsBy(f.model, f, r.reading, r.nouns).beside) {
      all++;
      if (asked(r.item, noun)) labelled++;
    }
  }
  return [labelled, all];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const items = rowItems();
  const bars: RowBars = ROW_BARS;
  const tune = items.filter((r) => devHalfOf(r.item.id) === 'tune');
  const check = items.filter((r) => devHalfOf(r.item.id) === 'check');
  const line = (name: string, n: number, of: number) => `${name.padEnd(40)} ${n}/${of} ${((n / of) * 100).toFixed(1)}%`;
  if (process.argv.includes('--bars')) {
    const inTune = Array.from({ length: FOLDS }, (_, k) => fitRowNoun(tune.filter((r) => foldOf(r.item.id) !== k)));
    for (const add of ADD_BARS)
      for (const beside of BESIDE_BARS) {
        const ranker = (r: RowItem) => ({ ...bars, add, beside, model: inTune[foldOf(r.item.id)]! });
        const [labelled, all] = besideLabelled(tune, ranker);
        const n = count(tune, ranker);
        process.stdout.write(
          `${line(`dev-tune ten folds, add ${add} beside ${beside}`, n, tune.length)}; beside: ${labelled} of ${all} labelled\n`,
        );
      }
    process.exit(0);
  }
  const shipped = readRowNounFile();
  const onTune = { ...bars, model: fitRowNoun(tune) };
  const folds = Array.from({ length: FOLDS }, (_, k) => ({ ...bars, model: fitRowNoun(items.filter((r) => foldOf(r.item.id) !== k)) }));
  const out = [
    line(
      'dev, rules alone',
      count(items, () => null),
      items.length,
    ),
    line(
      'dev, shipped model (training)',
      count(items, () => shipped),
      items.length,
    ),
    line(
      'dev-check, rules alone',
      count(check, () => null),
      check.length,
    ),
    line(
      'dev-check, fitted on dev-tune',
      count(check, () => onTune),
      check.length,
    ),
    line(
      'dev, ten folds',
      count(items, (r) => folds[foldOf(r.item.id)]!),
      items.length,
    ),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}
