/**
 * `npx tsx tests/eval/planner/label-agreement.ts`: how far a second labeller agrees with the
 * corpus's labels, property by property, judged as the scorer judges the planner (a labelled
 * field or table is found when a second label names the same thing, score-corpus.ts's
 * sameThing; a schedule's time and zone only when the corpus says one). The second labels
 * (agreement/second-labels-*.jsonl) were written from the description alone for 300 sourced dev
 * items picked by a hash of their ids, by labellers who saw neither the corpus's labels nor the
 * planner (agreement/TASK.md, agreement/label-rules.md). What two careful readers agree on is
 * what a planner can be expected to reach: a property below it is measured against the
 * labellers' own spread as much as against the planner. The planner's figures on the same items
 * are printed beside.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CORPUS_PROPERTIES, sameThing, type CorpusProperty } from './score-corpus';
import { corpusSplit, CorpusLabelsSchema, type CorpusLabels } from './corpus';
import { runCorpus } from './run-eval';

export const AGREEMENT_DIR = join(fileURLToPath(new URL('.', import.meta.url)), 'agreement');

const SecondLabelSchema = z.object({ id: z.string(), labels: z.unknown() }).strict();

/** A second label as the corpus would hold it: a week with no day named and a month with no date say none. */
function asCorpusLabels(raw: unknown): CorpusLabels {
  const labels = structuredClone(raw) as { schedule?: { days?: unknown[]; dayOfMonth?: unknown } | null };
  if (labels.schedule?.days?.length === 0) delete labels.schedule.days;
  if (labels.schedule && labels.schedule.dayOfMonth === null) delete labels.schedule.dayOfMonth;
  return CorpusLabelsSchema.parse(labels);
}

export function secondLabels(): { id: string; labels: CorpusLabels }[] {
  return readdirSync(AGREEMENT_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(AGREEMENT_DIR, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => {
          const { id, labels } = SecondLabelSchema.parse(JSON.parse(l));
          return { id, labels: asCorpusLabels(labels) };
        }),
    );
}

type Tally = { agreed: number; total: number };

const sameSchedule = (a: CorpusLabels['schedule'], b: CorpusLabels['schedule']): boolean => {
  if (a === null || b === null) return a === b;
  const days = (s: NonNullable<CorpusLabels['schedule']>) => [...(s.days ?? [])].sort().join();
  return (
    a.every === b.every &&
    (a.every !== 'week' || !a.days || days(a) === days(b)) &&
    (a.every !== 'month' || a.dayOfMonth === undefined || a.dayOfMonth === b.dayOfMonth) &&
    (a.time === null || a.time === b.time) &&
    (a.timezone === null || a.timezone === b.timezone)
  );
};

/** Agreement per property of `second` with the corpus's labels `first`, as the scorer counts. */
export function agreement(first: CorpusLabels, second: CorpusLabels): Record<CorpusProperty, Tally> {
  const one = (ok: boolean): Tally => ({ agreed: ok ? 1 : 0, total: 1 });
  const named = (want: string, have: readonly string[]) => have.some((h) => sameThing(want, h, h));
  return {
    output: one(first.output === second.output),
    imageInput: one(first.imageInput === second.imageInput),
    documentInput: one(first.documentInput === second.documentInput),
    workload: one(
      first.workload === null
        ? second.workload === null
        : second.workload !== null && first.workload.amount === second.workload.amount && first.workload.per === second.workload.per,
    ),
    schedule: one(sameSchedule(first.schedule, second.schedule)),
    trigger: one(first.trigger === second.trigger),
    fields: { agreed: first.fields.filter((f) => named(f, second.fields)).length, total: first.fields.length },
    collections: one(
      first.collections.length === 0 ? second.collections.length === 0 : first.collections.every((c) => named(c, second.collections)),
    ),
  };
}

export function agreementSummary(): { items: number; rates: Record<CorpusProperty, Tally> } {
  const corpus = new Map(corpusSplit('dev').map((i) => [i.id, i.labels]));
  const rates = Object.fromEntries(CORPUS_PROPERTIES.map((p) => [p, { agreed: 0, total: 0 }])) as Record<CorpusProperty, Tally>;
  const second = secondLabels();
  for (const { id, labels } of second) {
    const first = corpus.get(id);
    if (!first) throw new Error(`Second label ${id} names no dev item of the corpus.`);
    const a = agreement(first, labels);
    for (const p of CORPUS_PROPERTIES) {
      rates[p].agreed += a[p].agreed;
      rates[p].total += a[p].total;
    }
  }
  return { items: second.length, rates };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { items, rates } = agreementSummary();
  // The planner on the same items, beside: a training figure for its learned parts (these are dev items).
  const ids = new Set(secondLabels().map((s) => s.id));
  const { summary } = await runCorpus(corpusSplit('dev').filter((i) => ids.has(i.id)));
  const pct = (n: number, of: number) => `${((n / of) * 100).toFixed(1)}%`.padStart(6);
  process.stdout.write(`on ${items} dev items     second labeller     planner\n`);
  for (const p of CORPUS_PROPERTIES) {
    const { agreed, total } = rates[p];
    process.stdout.write(
      `${p.padEnd(14)} ${`${agreed}/${total}`.padStart(10)} ${pct(agreed, total)}   ${`${summary[p].passed}/${summary[p].total}`.padStart(10)} ${pct(summary[p].passed, summary[p].total)}\n`,
    );
  }
  process.exit(0);
}
