import { getCatalog } from './catalog';
import { capabilityScore } from './capability-score';
import { inputLimit } from './context-fit';
import { estimateCost, type CostEstimate } from './cost';
import { lifecycleSentences } from './differences';
import { NoModelMatchesError, RequirementsInputError } from './errors';
import { daysUntilShutdown, isShutDown, lifecycleStatus } from './lifecycle';
import type { ModelFacts, ModelKind, ModelProviderId } from './model-facts';
import { formatCount, formatUsd } from './money';
import { RequirementsSchema, type Preference, type Requirements } from './requirements';
import { PROVIDER_NAMES } from './vocabulary';
import { joinWords } from './words';
import { describeWorkload, type Workload } from './workload';

export interface Recommendation {
  rank: number;
  modelId: string;
  displayName: string;
  provider: ModelProviderId;
  kind: ModelKind;
  /** USD for the workload's period (a month when requestsPerMonth is set); null when the facts cannot price all of it. */
  monthlyCost: number | null;
  cost: CostEstimate;
  capabilityScore: number;
  /** Why it is here and where it ranks, in sentences. */
  reasons: string[];
  /** Lifecycle cautions (shutdown dates, preview). */
  warnings: string[];
}

export interface RecommendationResult {
  preference: Preference;
  /** How the ranking was made, in one sentence. */
  rule: string;
  requirements: Requirements;
  workload: Workload;
  /** True when the workload was not given and a default for the kind was used. */
  workloadAssumed: boolean;
  workloadText: string;
  /** Models that met every hard requirement. */
  candidates: number;
  recommendations: Recommendation[];
}

export interface RecommendOptions {
  now?: Date;
  /** Deprecated models, and models shutting down within this many days, rank after all others (default 90; 0 = rank on the preference alone). */
  retiringWithinDays?: number;
}

/** Share of the top capability score a model needs to count for best value. */
export const BEST_VALUE_BAR = 0.8;

const DEFAULT_WORKLOADS: Record<ModelKind, Workload> = {
  text: { requestsPerMonth: 1_000, inputTokens: 2_000, outputTokens: 500 },
  image: { requestsPerMonth: 1_000, images: 1 },
  embedding: { requestsPerMonth: 1_000, inputTokens: 1_000 },
};

interface HardRule {
  key: keyof Requirements;
  /** What one model must do: "supports function calling". */
  phrase: string;
  /** The same of several models: "support function calling". */
  plural: string;
  test: (m: ModelFacts) => boolean;
  /** What the closest models offer instead, e.g. "the largest input limit is …". */
  closest?: (models: readonly ModelFacts[]) => string;
}

function largestInputLimit(models: readonly ModelFacts[]): string {
  const best = [...models].sort((a, b) => (inputLimit(b) ?? 0) - (inputLimit(a) ?? 0))[0];
  const limit = best ? inputLimit(best) : null;
  return best && limit ? `the largest input limit is ${formatCount(limit)} tokens, on ${best.id}` : 'none publishes an input limit';
}

/** The hard requirements that apply, in the order they are checked. */
function hardRules(r: Requirements, now: Date): HardRule[] {
  const rules: HardRule[] = [];
  const add = (key: keyof Requirements, phrase: string, plural: string, test: (m: ModelFacts) => boolean) =>
    rules.push({ key, phrase, plural, test });
  if (r.excludeShutDown ?? true) add('excludeShutDown', 'is not shut down', 'are not shut down', (m) => !isShutDown(m, now));
  const provider = r.provider;
  if (provider)
    add('provider', `runs on ${PROVIDER_NAMES[provider]}`, `run on ${PROVIDER_NAMES[provider]}`, (m) => m.provider === provider);
  const kind = r.outputKind;
  if (kind) add('outputKind', `is ${kind === 'text' ? 'a' : 'an'} ${kind} model`, `are ${kind} models`, (m) => m.kind === kind);
  const min = r.minContextTokens;
  if (min !== undefined) {
    const size = `prompts of at least ${formatCount(min)} tokens`;
    add('minContextTokens', `takes ${size}`, `take ${size}`, (m) => (inputLimit(m) ?? 0) >= min);
    rules[rules.length - 1]!.closest = largestInputLimit;
  }
  if (r.functionCalling)
    add('functionCalling', 'supports function calling', 'support function calling', (m) => m.capabilities.functionCalling === true);
  if (r.structuredOutput)
    add('structuredOutput', 'supports structured output', 'support structured output', (m) => m.capabilities.structuredOutputs === true);
  if (r.imageInput) add('imageInput', 'accepts images as input', 'accept images as input', (m) => m.inputModalities.includes('image'));
  if (r.imageEdit) add('imageEdit', 'edits images', 'edit images', (m) => m.capabilities.imageEdits === true);
  return rules;
}

/** Validates requirements; a bad field becomes a RequirementsInputError naming it. */
export function parseRequirements(input: unknown): Requirements {
  const result = RequirementsSchema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue ? issue.path.join('.') || 'requirements' : 'requirements';
  throw new RequirementsInputError(field, `The requirement "${field}" is invalid: ${issue?.message ?? 'unexpected value'}.`);
}

/**
 * Models that meet every hard requirement, ranked by the stated preference, each with
 * reasons and the cost of the stated (or assumed) volume. Throws NoModelMatchesError naming
 * the requirement that excluded the last candidates.
 */
export function recommendModels(input: Requirements, options: RecommendOptions = {}): RecommendationResult {
  const requirements = parseRequirements(input);
  const now = options.now ?? new Date();
  const retiringDays = options.retiringWithinDays ?? 90;
  const preference = requirements.preference ?? 'best-value';
  const rules = hardRules(requirements, now);

  let candidates: readonly ModelFacts[] = getCatalog().models;
  const passed: HardRule[] = [];
  for (const rule of rules) {
    const next = candidates.filter(rule.test);
    if (next.length === 0) throw noMatch(rule, passed, candidates);
    candidates = next;
    passed.push(rule);
  }

  const workloadAssumed = requirements.workload === undefined;
  const workload = requirements.workload ?? DEFAULT_WORKLOADS[requirements.outputKind ?? candidates[0]!.kind];
  const priced = candidates.map((m) => {
    const cost = estimateCost(m, workload, { strictImageOptions: false, now });
    const days = daysUntilShutdown(m, now);
    return {
      m,
      cost,
      priced: cost.complete && cost.lines.length > 0,
      score: capabilityScore(m),
      retiring: (retiringDays > 0 && lifecycleStatus(m, now) === 'deprecated') || (days !== null && days <= retiringDays),
    };
  });
  const rows = workloadFits(priced, requirements, workload, passed);
  type Row = (typeof rows)[number];
  const topScore = Math.max(...rows.map((r) => r.score.score));
  const bar = BEST_VALUE_BAR * topScore;
  const byCost = (a: Row, b: Row) => Number(!a.priced) - Number(!b.priced) || a.cost.total - b.cost.total;
  const byScore = (a: Row, b: Row) => b.score.score - a.score.score;
  const compare = {
    cheapest: (a: Row, b: Row) => byCost(a, b) || byScore(a, b),
    'most-capable': (a: Row, b: Row) => byScore(a, b) || byCost(a, b),
    'best-value': (a: Row, b: Row) => Number(a.score.score < bar) - Number(b.score.score < bar) || byCost(a, b) || byScore(a, b),
  }[preference];
  const ranked = [...rows].sort((a, b) => Number(a.retiring) - Number(b.retiring) || compare(a, b) || a.m.id.localeCompare(b.m.id));

  const period = workload.requestsPerMonth === undefined ? 'per request' : 'a month';
  const first = ranked[0]!;
  const recommendations = ranked.slice(0, requirements.limit ?? 5).map((row, i): Recommendation => {
    const reasons: string[] = [];
    const met = passed.filter((r) => r.key !== 'excludeShutDown').map((r) => r.phrase);
    if (met.length > 0) reasons.push(`Meets every requirement: ${joinWords(met, 'and')}.`);
    reasons.push(
      row.priced
        ? `${formatUsd(row.cost.total)} ${period} for ${describeWorkload(workload)}.`
        : `Cannot price all of the workload: ${row.cost.unpriced.join('; ')}.`,
    );
    if (preference === 'cheapest' || preference === 'best-value') {
      if (preference === 'best-value') {
        reasons.push(
          row.score.score >= bar
            ? `Capability score ${row.score.score} of the top ${topScore} (at least ${Math.round(BEST_VALUE_BAR * 100)}%): ${row.score.explanation}.`
            : `Capability score ${row.score.score}, below ${Math.round(BEST_VALUE_BAR * 100)}% of the top ${topScore}, so it ranks after the models that reach it.`,
        );
      }
      if (i > 0 && row.priced && first.priced && first.cost.total > 0 && row.cost.total > first.cost.total) {
        reasons.push(`${formatMultiple(row.cost.total / first.cost.total)} the cost of ${first.m.displayName}.`);
      }
    } else {
      reasons.push(`Capability score ${row.score.score}: ${row.score.explanation}.`);
    }
    if (row.retiring) reasons.push(`Ranked after current models: it is deprecated or shuts down within ${retiringDays} days.`);
    reasons.push(...row.m.strengths.slice(0, 2).map((s) => `${s.text}.`));
    return {
      rank: i + 1,
      modelId: row.m.id,
      displayName: row.m.displayName,
      provider: row.m.provider,
      kind: row.m.kind,
      monthlyCost: row.priced ? row.cost.total : null,
      cost: row.cost,
      capabilityScore: row.score.score,
      reasons,
      warnings: lifecycleSentences([row.m], now),
    };
  });

  return {
    preference,
    rule: rankingRule(preference, retiringDays),
    requirements,
    workload,
    workloadAssumed,
    workloadText: describeWorkload(workload),
    candidates: candidates.length,
    recommendations,
  };
}

interface PricedRow {
  m: ModelFacts;
  cost: CostEstimate;
  priced: boolean;
}

/**
 * The rules that need the workload priced: a model that would refuse it (a prompt over its
 * input limit) is left out, and so is one above the stated cost ceiling per request. When
 * none is left, the error names the closest (cheapest that runs, or those that run at all).
 */
function workloadFits<R extends PricedRow>(rows: readonly R[], r: Requirements, workload: Workload, passed: readonly HardRule[]): R[] {
  const runs = rows.filter((row) => row.cost.refusals.length === 0);
  if (runs.length === 0) {
    const reason = rows[0]!.cost.refusals[0]!;
    throw new NoModelMatchesError(
      'workload',
      `None of the ${rows.length} models that ${
        joinWords(
          passed.map((p) => p.plural),
          'and',
        ) || 'fit'
      } can run this workload (for ${rows[0]!.m.displayName}: ${reason}). Shorten the prompt or relax the requirements.`,
      rows.map((row) => row.m.id).slice(0, 3),
    );
  }
  const ceiling = r.maxCostPerRequest;
  if (ceiling === undefined) return runs;
  const within = runs.filter((row) => row.priced && row.cost.perRequest <= ceiling);
  if (within.length > 0) return within;
  const cheapest = [...runs].filter((row) => row.priced).sort((a, b) => a.cost.perRequest - b.cost.perRequest);
  const best = cheapest[0];
  const closest = best
    ? `; the cheapest is ${best.m.displayName} at ${formatUsd(best.cost.perRequest)} per request`
    : '; none of them can be priced for it';
  throw new NoModelMatchesError(
    'maxCostPerRequest',
    `No model costs at most ${formatUsd(ceiling)} per request for ${describeWorkload(workload)}${closest}. Raise the ceiling or shrink the workload.`,
    cheapest.slice(0, 3).map((row) => row.m.id),
  );
}

function formatMultiple(ratio: number): string {
  return ratio >= 1.995 ? `${Math.round(ratio * 10) / 10}×` : `${Math.round((ratio - 1) * 100)}% more than`;
}

function rankingRule(preference: Preference, retiringDays: number): string {
  const retiring =
    retiringDays > 0
      ? `deprecated models and models that shut down within ${retiringDays} days come last`
      : 'lifecycle does not change the order';
  switch (preference) {
    case 'cheapest':
      return `Cheapest first for the workload's cost; ${retiring}.`;
    case 'most-capable':
      return `Highest capability score first (capabilities supported, extra input kinds, context size), cheaper first on ties; ${retiring}.`;
    case 'best-value':
      return `Cheapest first among models scoring at least ${Math.round(BEST_VALUE_BAR * 100)}% of the top capability score, then the rest; ${retiring}.`;
    default: {
      const unreachable: never = preference;
      return unreachable;
    }
  }
}

function noMatch(rule: HardRule, passed: readonly HardRule[], survivors: readonly ModelFacts[]): NoModelMatchesError {
  const all = getCatalog().models;
  const aloneExcludesAll = !all.some(rule.test);
  if (aloneExcludesAll || passed.length === 0) {
    return new NoModelMatchesError(
      rule.key,
      `No model in the directory ${rule.phrase}${rule.closest ? `: ${rule.closest(all)}` : ''}. Drop or relax the "${rule.key}" requirement.`,
      closestIds(rule, survivors),
    );
  }
  const earlier = joinWords(
    passed.map((r) => r.plural),
    'and',
  );
  const closest = rule.closest ? `; ${rule.closest(survivors)}` : '';
  return new NoModelMatchesError(
    rule.key,
    `The "${rule.key}" requirement excluded every remaining model: of the ${survivors.length} models that ${earlier}, none ${rule.phrase}${closest}. Drop or relax "${rule.key}" or one of the earlier requirements.`,
    closestIds(rule, survivors),
  );
}

/** The models nearest to fitting: those that met the earlier rules (largest input first for a size rule). */
function closestIds(rule: HardRule, survivors: readonly ModelFacts[]): string[] {
  const ordered = rule.key === 'minContextTokens' ? [...survivors].sort((a, b) => (inputLimit(b) ?? 0) - (inputLimit(a) ?? 0)) : survivors;
  return ordered.slice(0, 3).map((m) => m.id);
}
