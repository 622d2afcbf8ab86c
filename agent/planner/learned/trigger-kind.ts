/**
 * What starts a run, learned on top of the rules: once the rules have read a start from outside
 * (a webhook, mail arriving, a new record) or none, one logistic model per kind, fitted on dev's
 * labels, reads the signals behind that reading and the description's content lemmas
 * (trigger-kind-features.ts); their shares, each model's probability over the four's sum, overrule
 * the rules only when one other kind holds at least the bar. A kind the model chooses over the
 * rules' carries no words of its own: a new record is then a "record" (the rules name the table).
 *
 * `npx tsx tests/eval/planner/train-models.ts --trigger` prints how it compares with the rules
 * alone; `--write-output` refits it (before the text-or-data model, which reads the start).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { EventTrigger } from '../event-trigger';
import { LogisticModelSchema, probability, type LogisticModel } from './logistic-model';
import { triggerKindFeatures, type TriggerReading } from './trigger-kind-features';
import { TrainedFileSchema } from './trained-model';

export const TRIGGER_KIND_PATH = new URL('./trigger-kind.json', import.meta.url);

/** The starts told apart: none (a form filled, or a schedule) or one from outside. */
export const START_KINDS = ['none', 'webhook', 'email', 'record-created'] as const;
export type StartKind = (typeof START_KINDS)[number];

const TriggerKindFileSchema = TrainedFileSchema.omit({ model: true })
  .extend({
    /** One model per kind, scoring that kind against the others. */
    models: z.object({
      none: LogisticModelSchema,
      webhook: LogisticModelSchema,
      email: LogisticModelSchema,
      'record-created': LogisticModelSchema,
    }),
    /** The share another kind must hold to overrule the rules (chosen inside dev-tune). */
    bar: z.number().min(0.25).max(1),
    /** The kinds of feature it was fitted on (TRIGGER_FEATURE_KINDS then). */
    features: z.array(z.string()),
  })
  .strict();
export type TriggerKindFile = z.infer<typeof TriggerKindFileSchema>;
export type KindModels = TriggerKindFile['models'];

export function readTriggerKindFile(): TriggerKindFile {
  return TriggerKindFileSchema.parse(JSON.parse(readFileSync(TRIGGER_KIND_PATH, 'utf8')));
}

let loaded: TriggerKindFile | null = null;

export const startKind = (event: { kind: string } | null): StartKind => (event?.kind ?? 'none') as StartKind;

/** The rules' kind, unless another holds at least `bar` of the four models' summed probability. */
export function kindBy(models: Record<StartKind, LogisticModel>, bar: number, rules: StartKind, features: ReadonlySet<string>): StartKind {
  const p = START_KINDS.map((k) => probability(models[k], features));
  const sum = p.reduce((a, b) => a + b, 0);
  const best = p.indexOf(Math.max(...p));
  return p[best]! / sum >= bar ? START_KINDS[best]! : rules;
}

/** The start as the rules read it, or the kind the shipped model is sure of instead. */
export function learnedEvent(d: TriggerReading & { event: EventTrigger | null }): EventTrigger | null {
  loaded ??= readTriggerKindFile();
  const rules = startKind(d.event);
  const kind = kindBy(loaded.models, loaded.bar, rules, triggerKindFeatures(d));
  if (kind === rules) return d.event;
  if (kind === 'none') return null;
  return kind === 'record-created' ? { kind, noun: 'record' } : { kind };
}
