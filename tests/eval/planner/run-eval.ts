/**
 * `npm run eval:planner [-- --split dev]`: builds every corpus description through the real
 * agent loop with the built-in planner, one fresh workspace each, and prints the score per
 * property for each split (dev, test), then the failures: dev's with `--split dev` (the only
 * run allowed while tuning), test's on a full run. The 61 hand-written cases next to the
 * rules (cases.ts, holdout.ts) follow as a regression set. `--split dev --halves` tunes on half
 * of dev and shows only the figures of the other half, to see a change generalise.
 * `--split dev --typos N [--seed S]` slips N words of every description (typos.ts) to measure
 * how the planner copes with hurried typing; labels and scorer stay as they are.
 */
import { CASES, type EvalCase } from './cases';
import { corpusSplit, devHalfOf, type CorpusItem, type Split } from './corpus';
import { HOLDOUT } from './holdout';
import { withTypos } from './typos';
import { openEvalSession } from './drive';
import { PROPERTIES, scoreCase, summarise, type CaseScore } from './score-cases';
import { CORPUS_PROPERTIES, scoreItem, summariseItems, type ItemScore, type PropertySummary } from './score-corpus';

/** The issue's goal for every property on the test split. */
export const GOAL = 0.9;

/** How a description is typed before the planner reads it: as written, unless `--typos` slips it. */
type Typing = (text: string) => string;

export async function runCorpus(
  items: readonly CorpusItem[],
  typed: Typing = (text) => text,
): Promise<{ items: ItemScore[]; summary: PropertySummary }> {
  const scores: ItemScore[] = [];
  for (const item of items) {
    // A fresh workspace per item, as a person starting a new conversation.
    const session = await openEvalSession();
    try {
      scores.push(scoreItem(item, await session.say(typed(item.text))));
    } finally {
      await session.close();
    }
  }
  return { items: scores, summary: summariseItems(scores) };
}

export async function runEval(cases: readonly EvalCase[] = CASES): Promise<ReturnType<typeof summarise>> {
  const scores: CaseScore[] = [];
  for (const c of cases) {
    const session = await openEvalSession();
    try {
      scores.push(scoreCase(c, await session.say(c.description)));
    } finally {
      await session.close();
    }
  }
  return summarise(scores);
}

const pct = (rate: number) => `${(rate * 100).toFixed(1)}%`.padStart(6);

/** What one table column holds: a split, or one half of dev when tuning with `--halves`. */
type Group = Split | 'dev-tune' | 'dev-check';

function propertyTable(results: Partial<Record<Group, PropertySummary>>, counts: Partial<Record<Group, number>>): string[] {
  const splits = (['dev', 'dev-tune', 'dev-check', 'test'] as const).filter((s) => results[s]);
  const out = [`${'property'.padEnd(14)}${splits.map((s) => `${s} (${counts[s]} items)`.padEnd(24)).join('')}`];
  for (const p of CORPUS_PROPERTIES) {
    const cells = splits.map((s) => {
      const r = results[s]![p];
      return `${String(r.passed).padStart(4)}/${String(r.total).padEnd(4)} ${pct(r.rate)}${s === 'test' && r.rate < GOAL ? ' <90' : '    '}`.padEnd(
        24,
      );
    });
    out.push(`${p.padEnd(14)}${cells.join('')}`);
  }
  return out;
}

function failures(items: readonly CorpusItem[], scores: readonly ItemScore[], typed: Typing): string[] {
  const out: string[] = [];
  scores.forEach((s, i) => {
    const failed = Object.entries(s.results)
      .filter(([, t]) => t.passed < t.total)
      .map(([p]) => p);
    if (failed.length === 0) return;
    out.push(`FAIL ${s.id} [${failed.join(', ')}] "${typed(items[i]!.text)}"`, `     got ${s.observed}`);
  });
  return out;
}

function caseLines(title: string, summary: ReturnType<typeof summarise>): string[] {
  const out = [title];
  for (const p of PROPERTIES) {
    const r = summary.perProperty[p];
    if (r.total > 0) out.push(`  ${p.padEnd(11)} ${String(r.passed).padStart(3)}/${String(r.total).padEnd(3)} ${pct(r.rate)}`);
  }
  for (const c of summary.cases) {
    const failed = Object.entries(c.results)
      .filter(([, ok]) => !ok)
      .map(([p]) => p);
    if (failed.length > 0) out.push(`  FAIL ${c.id} [${failed.join(', ')}] got ${c.observed}`);
  }
  return out;
}

/** A whole number after `flag`, or `fallback` when the flag is absent. */
function countAfter(flag: string, fallback: number): number {
  const at = process.argv.indexOf(flag);
  if (at < 0) return fallback;
  const n = Number(process.argv[at + 1]);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} takes a whole number, such as ${flag} 2.`);
  return n;
}

/** `--typos N [--seed S]`: slipped descriptions, on dev only (the test split is judged as written). */
function typingOf(only: string | null): Typing {
  const count = countAfter('--typos', 0);
  if (count === 0) return (text) => text;
  if (only !== 'dev') throw new Error('--typos measures dev only: run it with --split dev.');
  const seed = countAfter('--seed', 1);
  return (text) => withTypos(text, count, seed);
}

async function main(): Promise<void> {
  const arg = process.argv.indexOf('--split');
  const only = arg >= 0 ? process.argv[arg + 1] : null;
  if (only !== null && only !== 'dev') throw new Error('--split takes only "dev": the test split is judged in full runs, never tuned on.');
  // `--halves` (dev only) lists the failures of one half of dev and only the figures of the other,
  // so a change can be seen to generalise before the test split ever judges it.
  const halves = only === 'dev' && process.argv.includes('--halves');
  const typed = typingOf(only);
  const groups: Group[] = halves ? ['dev-tune', 'dev-check'] : only === 'dev' ? ['dev'] : ['dev', 'test'];
  const itemsOf = (group: Group): CorpusItem[] =>
    group === 'dev-tune' || group === 'dev-check'
      ? corpusSplit('dev').filter((item) => `dev-${devHalfOf(item.id)}` === group)
      : corpusSplit(group);
  const results: Partial<Record<Group, PropertySummary>> = {};
  const counts: Partial<Record<Group, number>> = {};
  const out: string[] = [];
  let listed: string[] = [];
  for (const group of groups) {
    const items = itemsOf(group);
    const run = await runCorpus(items, typed);
    results[group] = run.summary;
    counts[group] = items.length;
    const asked = run.items.filter((s) => s.asked).length;
    out.push(`${group}: ${items.length} items, ${asked} answered with a question instead of an app`);
    // Dev failures are for tuning (only in a dev-only run); test failures are reported, not read while tuning.
    const shown = group === 'dev-tune' || (group === 'dev' && only === 'dev') || group === 'test';
    if (shown) listed = [...listed, `${group} failures:`, ...failures(items, run.items, typed)];
  }
  out.push('', ...propertyTable(results, counts), '', ...listed, '');
  out.push(...caseLines(`Regression set (${CASES.length} cases written next to the rules)`, await runEval(CASES)));
  out.push(...caseLines(`Held-out set (${HOLDOUT.length} cases)`, await runEval(HOLDOUT)));
  process.stdout.write(`${out.join('\n')}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
