import { describeLifecycle, lifecycleStatus } from './lifecycle';
import type { ModelFacts } from './model-facts';
import { formatCount, formatUsd } from './money';
import { headlinePrice } from './related';
import { liveSuccessor } from './successor';

export interface Faq {
  question: string;
  answer: string;
}

function priceWords(m: ModelFacts): string {
  const price = headlinePrice(m);
  if (price === null) return `${m.displayName} has no price in the directory`;
  return m.kind === 'image'
    ? `${m.displayName} costs from ${formatUsd(price)} per image`
    : `${m.displayName} costs ${formatUsd(price)} per 1M input tokens`;
}

function cheaper(a: ModelFacts, b: ModelFacts): string {
  const pa = headlinePrice(a);
  const pb = headlinePrice(b);
  if (a.kind !== b.kind || pa === null || pb === null) {
    return `They are not priced in the same unit: ${priceWords(a)}; ${priceWords(b)}. Price a workload in the calculator above to compare what you would pay.`;
  }
  if (pa === pb) return `They cost the same: ${priceWords(a)}.`;
  const [lo, hi] = pa < pb ? [a, b] : [b, a];
  return `${lo.displayName}: ${priceWords(lo)}, against ${formatUsd(Math.max(pa, pb))} for ${hi.displayName}.`;
}

function context(a: ModelFacts, b: ModelFacts): string {
  const words = (m: ModelFacts) =>
    m.contextWindow === null ? `${m.displayName}'s is not published` : `${m.displayName} takes ${formatCount(m.contextWindow)} tokens`;
  if (a.contextWindow !== null && b.contextWindow !== null && a.contextWindow !== b.contextWindow) {
    const [big, small] = a.contextWindow > b.contextWindow ? [a, b] : [b, a];
    return `${big.displayName}: ${formatCount(big.contextWindow!)} tokens, against ${formatCount(small.contextWindow!)} for ${small.displayName}.`;
  }
  return `${words(a)}; ${words(b)}.`;
}

function stillUsable(m: ModelFacts, now: Date): Faq {
  const status = lifecycleStatus(m, now);
  const successor = liveSuccessor(m, now);
  const move = successor ? ` Its successor is ${successor.displayName}; an app bound to it moves there in one step.` : '';
  const answer =
    status === 'shutdown'
      ? `No. ${m.displayName} has ${describeLifecycle(m, now)} and can no longer be called.${move}`
      : status === 'deprecated'
        ? `For now: ${m.displayName} is ${describeLifecycle(m, now)}.${move}`
        : `Yes: ${m.displayName} is ${describeLifecycle(m, now)}, with no shutdown announced in the sources read (${m.lifecycle.sourceDate ?? 'date unknown'}).`;
  return { question: `Can I still use ${m.displayName}?`, answer };
}

/** Questions people ask about a pair, answered from the facts of the two models. */
export function compareFaqs(a: ModelFacts, b: ModelFacts, now: Date): Faq[] {
  return [
    { question: `Which is cheaper, ${a.displayName} or ${b.displayName}?`, answer: cheaper(a, b) },
    { question: 'Which has the larger context window?', answer: context(a, b) },
    stillUsable(a, now),
    stillUsable(b, now),
    {
      question: 'Can I switch between them later?',
      answer: `Yes. Each AI step of a Toolwright app is bound to a model; moving it from ${a.displayName} to ${b.displayName} (or back) re-binds that step and saves a new version, and the app's forms, records and schedule stay as they are.`,
    },
    {
      question: 'Do I need to write code?',
      answer: `No. Describe the tool in the builder and it is built with ${a.displayName} or ${b.displayName} on its AI steps; add an API key in Settings to run it for real.`,
    },
  ];
}
