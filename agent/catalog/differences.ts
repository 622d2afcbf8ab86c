import { imagePriceEntries, imagePriceRange } from './image-price';
import { daysUntilShutdown, lifecycleStatus } from './lifecycle';
import type { ModelFacts } from './model-facts';
import { formatCount, formatUsd } from './money';
import { joinWords } from './words';
import { CAPABILITY_LABELS, FLAG_CAPABILITIES, KIND_COMBINATIONS, KIND_ROLES, PROVIDER_NAMES } from './vocabulary';

/**
 * Comparison sentences, each computed by a rule over two entries' facts. Nothing here
 * knows any particular model: the same rules produce every pair's sentences.
 */

const name = (m: ModelFacts) => m.displayName;

/** "4×", "2.5×". */
function times(ratio: number): string {
  const rounded = ratio >= 10 ? Math.round(ratio) : Math.round(ratio * 10) / 10;
  return `${rounded}×`;
}

/**
 * "X is 50% cheaper on input tokens than Y ($1 vs $2 per 1M)" below a 2× gap,
 * "Y costs 8× as much on input tokens as X (…)" from 2× on; null when either price is unknown.
 */
export function priceSentence(
  a: ModelFacts,
  b: ModelFacts,
  what: string,
  pa: number | null,
  pb: number | null,
  unit: string,
): string | null {
  if (pa === null || pb === null) return null;
  if (pa === pb) return `${name(a)} and ${name(b)} cost the same on ${what}: ${formatUsd(pa)} ${unit}.`;
  const [cheap, dear, pc, pd] = pa < pb ? [a, b, pa, pb] : [b, a, pb, pa];
  const figures = `(${formatUsd(pc)} vs ${formatUsd(pd)} ${unit})`;
  if (pc === 0) return `${name(cheap)} is free on ${what}, ${name(dear)} is not ${figures}.`;
  const ratio = pd / pc;
  if (ratio >= 2) {
    return `${name(dear)} costs ${times(ratio)} as much on ${what} as ${name(cheap)} (${formatUsd(pd)} vs ${formatUsd(pc)} ${unit}).`;
  }
  const pct = Math.round((1 - pc / pd) * 100);
  return `${name(cheap)} is ${pct}% cheaper on ${what} than ${name(dear)} ${figures}.`;
}

/** "Y has 4× the context window of X (1,048,576 vs 272,000 tokens)". */
function sizeSentence(a: ModelFacts, b: ModelFacts, what: string, va: number | null, vb: number | null): string | null {
  if (va === null && vb === null) return null;
  if (va === null || vb === null) {
    const [known, unknown, v] = va === null ? [b, a, vb!] : [a, b, va];
    return `${name(known)} has a ${what} of ${formatCount(v)} tokens; ${name(unknown)} publishes none.`;
  }
  if (va === vb) return `Both have a ${what} of ${formatCount(va)} tokens.`;
  const [big, small, vg, vs] = va > vb ? [a, b, va, vb] : [b, a, vb, va];
  const ratio = vg / vs;
  const figures = `(${formatCount(vg)} vs ${formatCount(vs)} tokens)`;
  if (ratio >= 1.5) return `${name(big)} has ${times(ratio)} the ${what} of ${name(small)} ${figures}.`;
  if (ratio < 1.01) return `${name(big)} and ${name(small)} have about the same ${what} ${figures}.`;
  return `${name(big)}'s ${what} is ${Math.round((ratio - 1) * 100)}% larger than ${name(small)}'s ${figures}.`;
}

function kindSentence(a: ModelFacts, b: ModelFacts): string | null {
  if (a.kind === b.kind) return null;
  const pair = [a.kind, b.kind].sort().join('+') as keyof typeof KIND_COMBINATIONS;
  const how = KIND_COMBINATIONS[pair];
  const roles = `${name(a)} ${KIND_ROLES[a.kind]}, ${name(b)} ${KIND_ROLES[b.kind]}`;
  return `Different kinds of model: ${roles}; they complement each other in one workflow${how ? ` (${how})` : ''} rather than replace each other.`;
}

function providerSentence(a: ModelFacts, b: ModelFacts): string | null {
  if (a.provider === b.provider) return null;
  return `Different providers: ${name(a)} runs on ${PROVIDER_NAMES[a.provider]}, ${name(b)} on ${PROVIDER_NAMES[b.provider]}; each needs its own API key.`;
}

function longContextSentences(a: ModelFacts, b: ModelFacts): string[] {
  return [a, b].flatMap((m) => {
    const tier = m.pricing.longContextTier;
    const other = m === a ? b : a;
    if (!tier || m.pricing.input === null) return [];
    const threshold = formatCount(tier.thresholdInputTokens);
    const otherHas = other.pricing.longContextTier !== null;
    return [
      `${name(m)} bills a whole request at ${formatUsd(tier.input)} in / ${formatUsd(tier.output)} out per 1M tokens once its prompt passes ${threshold} tokens ` +
        `(${formatUsd(m.pricing.input)} / ${formatUsd(m.pricing.output ?? 0)} below)${otherHas ? '' : `; ${name(other)} has no such tier`}.`,
    ];
  });
}

/** Unknown-vs-supported lines are noise between different kinds of model, so they are kept only within a kind. */
function capabilitySentences(a: ModelFacts, b: ModelFacts): string[] {
  const sentences: string[] = [];
  const sameKind = a.kind === b.kind;
  for (const [has, lacks] of [
    [a, b],
    [b, a],
  ] as const) {
    const missing = FLAG_CAPABILITIES.filter((c) => has.capabilities[c] === true && lacks.capabilities[c] === false);
    const unknown = FLAG_CAPABILITIES.filter((c) => has.capabilities[c] === true && lacks.capabilities[c] === null);
    if (missing.length > 0) {
      sentences.push(
        `Only ${name(has)} supports ${joinWords(
          missing.map((c) => CAPABILITY_LABELS[c]),
          'and',
        )}.`,
      );
    }
    if (sameKind && unknown.length > 0) {
      sentences.push(
        `${name(has)} supports ${joinWords(
          unknown.map((c) => CAPABILITY_LABELS[c]),
          'and',
        )}; the facts do not say whether ${name(lacks)} does.`,
      );
    }
  }
  return sentences;
}

function modalitySentences(a: ModelFacts, b: ModelFacts): string[] {
  return (
    [
      [a, b],
      [b, a],
    ] as const
  ).flatMap(([has, lacks]) => {
    const extra = has.inputModalities.filter((m) => !lacks.inputModalities.includes(m));
    return extra.length > 0
      ? [
          `Only ${name(has)} accepts ${joinWords(
            extra.map((m) => (m === 'pdf' ? 'PDF' : m)),
            'and',
          )} input.`,
        ]
      : [];
  });
}

function imagePriceSentences(a: ModelFacts, b: ModelFacts): string[] {
  const ra = imagePriceRange(a);
  const rb = imagePriceRange(b);
  if (!ra && !rb) return [];
  if (!ra || !rb) {
    const [has, range] = ra ? [a, ra] : [b, rb!];
    const other = has === a ? b : a;
    const span =
      range.min.price === range.max.price ? formatUsd(range.min.price) : `${formatUsd(range.min.price)} to ${formatUsd(range.max.price)}`;
    return [
      `Only ${name(has)} is priced per generated image (${span} per image); ${name(other)} ${other.capabilities.imageGeneration === true ? 'has no per-image price in the facts' : 'does not generate images'}.`,
    ];
  }
  // Same quality and size in both tables: compare like for like; otherwise compare the cheapest.
  const eb = imagePriceEntries(b);
  const shared = imagePriceEntries(a).filter((x) => eb.some((y) => y.quality === x.quality && y.size === x.size));
  const pick = shared.find((x) => x.quality === 'medium' && x.size === '1024x1024') ?? shared[0];
  if (pick) {
    const pb = eb.find((y) => y.quality === pick.quality && y.size === pick.size)!.price;
    const sentence = priceSentence(a, b, `a ${pick.quality} ${pick.size} image`, pick.price, pb, 'per image');
    return sentence ? [sentence] : [];
  }
  const sentence = priceSentence(a, b, 'its cheapest image', ra.min.price, rb.min.price, 'per image');
  return sentence ? [sentence] : [];
}

function recencySentence(a: ModelFacts, b: ModelFacts): string | null {
  if (!a.releaseDate || !b.releaseDate || a.releaseDate === b.releaseDate) return null;
  const [newer, older] = a.releaseDate > b.releaseDate ? [a, b] : [b, a];
  return `${name(newer)} is newer: released ${newer.releaseDate}, ${name(older)} ${older.releaseDate}.`;
}

/** Every rule's sentence for one pair, most decision-relevant first. */
export function pairDifferences(a: ModelFacts, b: ModelFacts): string[] {
  return [
    kindSentence(a, b),
    priceSentence(a, b, 'input tokens', a.pricing.input, b.pricing.input, 'per 1M'),
    priceSentence(a, b, 'output tokens', a.pricing.output, b.pricing.output, 'per 1M'),
    ...longContextSentences(a, b),
    ...imagePriceSentences(a, b),
    sizeSentence(a, b, 'context window', a.contextWindow, b.contextWindow),
    sizeSentence(a, b, 'maximum output', a.maxOutputTokens, b.maxOutputTokens),
    ...capabilitySentences(a, b),
    ...modalitySentences(a, b),
    providerSentence(a, b),
    recencySentence(a, b),
  ].filter((s): s is string => s !== null);
}

/** One sentence per model whose lifecycle matters to a choice made on `now`. */
export function lifecycleSentences(models: readonly ModelFacts[], now: Date): string[] {
  return models.flatMap((m) => {
    const status = lifecycleStatus(m, now);
    const date = m.lifecycle.shutdownDate;
    if (status === 'shutdown') {
      return [`${name(m)} shut down${date ? ` on ${date}` : ''} and can no longer be called.`];
    }
    if (date) {
      const days = daysUntilShutdown(m, now) ?? 0;
      return [`${name(m)} shuts down on ${date} (in ${days} day${days === 1 ? '' : 's'}); plan a replacement before then.`];
    }
    if (status === 'deprecated') return [`${name(m)} is deprecated; no shutdown date is announced yet.`];
    if (status === 'preview') return [`${name(m)} is a preview model: no shutdown date is announced, but preview models can change.`];
    return [];
  });
}
