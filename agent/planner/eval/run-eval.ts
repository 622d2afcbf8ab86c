/**
 * `npm run eval:planner`: builds every eval case through the planner and the real tools,
 * prints each case and the per-property scores, and exits non-zero when any property is
 * below 90%.
 */
import { CASES, type EvalCase } from './cases';
import { HOLDOUT } from './holdout';
import { openEvalSession } from './drive';
import { PROPERTIES, scoreCase, summarise, type CaseScore } from './score';

export const PASS_RATE = 0.9;

export async function runEval(cases: readonly EvalCase[] = CASES): Promise<ReturnType<typeof summarise>> {
  const scores: CaseScore[] = [];
  for (const c of cases) {
    // A fresh workspace per case, as a person starting a new conversation.
    const session = await openEvalSession();
    try {
      scores.push(scoreCase(c, await session.say(c.description)));
    } finally {
      await session.close();
    }
  }
  return summarise(scores);
}

function pct(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

function print(title: string, cases: readonly EvalCase[], summary: ReturnType<typeof summarise>): string[] {
  const out: string[] = [title];
  summary.cases.forEach((s, i) => {
    const c = cases[i]!;
    const failed = Object.entries(s.results).filter(([, ok]) => !ok).map(([p]) => p);
    out.push(`${failed.length === 0 ? 'PASS' : 'FAIL'} ${c.id}: "${c.description}"`);
    out.push(`     got ${s.observed}${failed.length > 0 ? `\n     failed: ${failed.join(', ')}` : ''}`);
  });
  out.push('', 'Per property:');
  for (const p of PROPERTIES) {
    const r = summary.perProperty[p];
    if (r.total === 0) continue;
    out.push(`  ${p.padEnd(11)} ${String(r.passed).padStart(3)}/${String(r.total).padEnd(3)} ${pct(r.rate).padStart(6)}${r.rate < PASS_RATE ? '  BELOW 90%' : ''}`);
  }
  out.push(`Overall: ${pct(summary.overall)} over ${summary.cases.length} cases`, '');
  return out;
}

async function main(): Promise<void> {
  const summary = await runEval();
  const holdout = await runEval(HOLDOUT);
  const out = [
    ...print(`Eval set (${CASES.length} cases; every property must reach 90%)`, CASES, summary),
    ...print(`Held-out set (${HOLDOUT.length} cases written after tuning; reported, not gated)`, HOLDOUT, holdout),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
  if (PROPERTIES.some((p) => summary.perProperty[p].rate < PASS_RATE)) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
