/**
 * Logistic regression over sets of word features: the smallest model that learns which words
 * lean a description one way, from labelled examples instead of hand-written rules. Fitting is
 * plain full-batch gradient descent from zero weights, so the same examples always give the same
 * model (the trained file can be checked against a retrain).
 */
import { z } from 'zod';

export const LogisticModelSchema = z
  .object({
    /** Weight per feature; a feature the model never saw adds nothing. */
    weights: z.record(z.string(), z.number()),
    bias: z.number(),
  })
  .strict();
export type LogisticModel = z.infer<typeof LogisticModelSchema>;

export interface Example {
  features: ReadonlySet<string>;
  /** The class the model scores (true) or the other one. */
  positive: boolean;
}

export interface FitOptions {
  /** A feature seen in fewer examples is left out: one item's words teach nothing general. */
  minCount: number;
  /** L2 penalty: keeps any one word from deciding alone. */
  l2: number;
  iterations: number;
  learningRate: number;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** The model's probability that `features` belong to the positive class. */
export function probability(model: LogisticModel, features: ReadonlySet<string>): number {
  return sigmoid(model.bias + evidence(model, features));
}

/**
 * What the words themselves say, without the prior the bias carries: positive leans to the
 * class, negative away. A short text says little either way, where its probability is mostly the prior.
 */
export function evidence(model: LogisticModel, features: ReadonlySet<string>): number {
  let sum = 0;
  for (const f of features) sum += model.weights[f] ?? 0;
  return sum;
}

export function fitLogistic(examples: readonly Example[], options: FitOptions): LogisticModel {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, n]) => n >= options.minCount).map(([f]) => f);
  vocabulary.sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = examples.map((e) => ({ at: [...e.features].flatMap((f) => (index.has(f) ? [index.get(f)!] : [])), y: e.positive ? 1 : 0 }));
  const w = new Float64Array(vocabulary.length);
  let bias = 0;
  const n = rows.length;
  for (let step = 0; step < options.iterations; step++) {
    const grad = new Float64Array(w.length);
    let gradBias = 0;
    for (const row of rows) {
      let sum = bias;
      for (const i of row.at) sum += w[i]!;
      const err = sigmoid(sum) - row.y;
      gradBias += err;
      for (const i of row.at) grad[i]! += err;
    }
    for (let i = 0; i < w.length; i++) w[i]! -= (options.learningRate * (grad[i]! + options.l2 * w[i]!)) / n;
    bias -= (options.learningRate * gradBias) / n;
  }
  // Rounded so the trained file is short and a retrain compares equal across machines.
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  const weights: Record<string, number> = {};
  vocabulary.forEach((f, i) => {
    if (w[i] !== 0) weights[f] = round(w[i]!);
  });
  return { weights, bias: round(bias) };
}
