/**
 * Questions about what the workspace spent ("what did we spend this month?", "which app costs
 * most?"): one get_spend call, then the tool's own sentences as the answer, with the top apps
 * when the question asks which costs most.
 */
import { formatUsd } from '../catalog/index';
import type { SpendReport } from '../spend/spend-report';
import { call, reply, type PlannerAction } from './action';
import type { ConversationState } from './conversation';

/** "what did we spend", "how much have we spent", "which app costs most", "our spending this month". */
const SPEND_PHRASES = [
  /\b(?:did|have|has)\s+(?:we|i|you|the workspace|the team)\s+spen[dt]\b|\b(?:we|i)(?:'ve| have)?\s+spent\b/,
  /\bspend(?:ing)?\s+(?:this|last|so far)\b|\bour\s+(?:spend|spending|bill)\b/,
  /\bwhich\s+(?:app|tool)s?\s+(?:costs?|spends?|spent|cost us)\s+(?:the\s+)?most\b|\bmost\s+expensive\s+(?:app|tool)s?\b/,
];

export const isSpendQuestion = (lowercase: string): boolean => SPEND_PHRASES.some((phrase) => phrase.test(lowercase));

const ASKS_WHICH_APP = /\bwhich\s+(?:app|tool)|\bmost\s+expensive\b/;

export function spendTurn(state: ConversationState): PlannerAction {
  const answered = state.sinceUser.find((o) => o.name === 'get_spend');
  if (!answered) return call({ name: 'get_spend', args: { month: null } });
  if (!answered.ok) return reply(`I couldn't read the spend: ${answered.summary}`);
  const report = answered.data as SpendReport;
  if (!ASKS_WHICH_APP.test(state.lastUser.toLowerCase())) return reply(report.summary);
  const ranked = report.byApp.filter((a) => a.costUsd > 0).slice(0, 3);
  if (ranked.length === 0) return reply(report.summary);
  const lines = ranked.map(
    (a, i) =>
      `${i + 1}. ${a.slug ? `"${a.name}" (${a.slug})` : a.name}: ${formatUsd(a.costUsd)} over ${a.runs} run${a.runs === 1 ? '' : 's'}`,
  );
  return reply(`In ${report.month.label} so far, by spend:\n${lines.join('\n')}\n${report.summary}`);
}
