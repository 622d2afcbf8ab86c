/**
 * `npm run eval:follow-ups [-- --split dev]`: for every follow-up of the corpus, builds its
 * base app in a fresh conversation through the real agent loop with the built-in planner, says
 * the follow-up, and judges what happened (score.ts). Prints the rate per intent for each split,
 * then the failures: dev's with `--split dev` (the only run allowed while tuning), test's on a
 * full run.
 */
import type { AppSpec } from '../../../agent/spec/app-spec';
import type { Split } from '../planner/corpus';
import { openEvalSession, type EvalSession } from '../planner/drive';
import { BASE_APPS, CHANGE_BEFORE_UNDO } from './base-apps';
import { FOLLOW_UP_INTENTS, followUpSplit, type FollowUpItem } from './corpus';
import { scoreFollowUp, type FollowUpScore } from './score';

async function currentSpec(session: EvalSession, slug: string): Promise<AppSpec | null> {
  return (await session.ctx.store.getApp(slug))?.spec ?? null;
}

async function runItem(session: EvalSession, item: FollowUpItem): Promise<FollowUpScore> {
  const built = (await session.say(BASE_APPS[item.app])).calls.find((c) => c.name === 'create_app' && c.ok);
  if (!built) throw new Error(`The base app "${item.app}" was not built: ${BASE_APPS[item.app]}`);
  const { slug } = built.data as { slug: string };
  if (item.labels.intent === 'undo') await session.say(CHANGE_BEFORE_UNDO);
  const before = await currentSpec(session, slug);
  if (!before) throw new Error(`The base app "${item.app}" is not stored.`);
  const appsBefore = (await session.ctx.store.listApps('default')).length;
  const turn = await session.say(item.text);
  return scoreFollowUp(item, {
    turn,
    before,
    after: await currentSpec(session, slug),
    appsBefore,
    appsAfter: (await session.ctx.store.listApps('default')).length,
  });
}

export interface FollowUpSummary {
  scores: FollowUpScore[];
  passed: number;
  total: number;
  rate: number;
}

export async function runFollowUps(items: readonly FollowUpItem[]): Promise<FollowUpSummary> {
  const scores: FollowUpScore[] = [];
  for (const item of items) {
    // A fresh workspace per item: the base app is the only app, as in a new conversation.
    const session = await openEvalSession();
    try {
      scores.push(await runItem(session, item));
    } finally {
      await session.close();
    }
  }
  const passed = scores.filter((s) => s.ok).length;
  return { scores, passed, total: scores.length, rate: scores.length ? passed / scores.length : 0 };
}

const pct = (passed: number, total: number) => (total ? `${((passed / total) * 100).toFixed(1)}%` : '—').padStart(6);

function table(results: Partial<Record<Split, FollowUpSummary>>): string[] {
  const splits = Object.keys(results) as Split[];
  const lines = [`${'intent'.padEnd(16)}${splits.map((s) => s.padStart(16)).join('')}`];
  for (const intent of [...FOLLOW_UP_INTENTS, 'all'] as const) {
    const cells = splits.map((s) => {
      const mine = results[s]!.scores.filter((x) => intent === 'all' || x.intent === intent);
      const ok = mine.filter((x) => x.ok).length;
      return `${pct(ok, mine.length)} ${`${ok}/${mine.length}`.padStart(8)}`.padStart(16);
    });
    lines.push(`${intent.padEnd(16)}${cells.join('')}`);
  }
  return lines;
}

async function main(): Promise<void> {
  const only = process.argv.includes('--split') ? (process.argv[process.argv.indexOf('--split') + 1] as Split) : null;
  const splits: Split[] = only ? [only] : ['dev', 'test'];
  const results: Partial<Record<Split, FollowUpSummary>> = {};
  for (const split of splits) results[split] = await runFollowUps(followUpSplit(split));
  console.log('Follow-ups understood (the app in context changed as asked, no new app unless a new tool):\n');
  for (const line of table(results)) console.log(line);
  const shown = only ?? 'test';
  const failures = results[shown]!.scores.filter((s) => !s.ok);
  console.log(`\n${shown} failures (${failures.length}):`);
  for (const f of failures) console.log(`  ${f.id} [${f.intent}] ${f.observed}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
