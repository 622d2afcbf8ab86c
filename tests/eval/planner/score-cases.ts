/**
 * Scoring one eval case: the app the planner built (the spec create_app returned) is read
 * back into the same properties the case expects, and each property passes or fails.
 */
import type { AppSpec } from '../../../agent/spec/app-spec';
import { findTemplate } from '../../../agent/templates/catalogue';
import { specIn } from '../../../agent/planner/conversation';
import { specOutputKind } from '../../../agent/planner/template-match';
import type { EvalCase, TriggerKind } from './cases';
import type { TurnLog } from './drive';

export const PROPERTIES = ['valid', 'outputKind', 'fields', 'schedule', 'trigger', 'template', 'models', 'access'] as const;
export type Property = (typeof PROPERTIES)[number];

export interface CaseScore {
  id: string;
  /** Property → pass/fail; properties a case does not state are absent. */
  results: Partial<Record<Property, boolean>>;
  /** What was observed, for the printout. */
  observed: string;
  spec: AppSpec | null;
}

/**
 * The trigger said was built: a named kind must be among the app's triggers; "manual" means
 * the planner added none — a template's own triggers (a webhook on the feedback classifier)
 * are the template's defaults, not something the planner made up.
 */
function triggerMatches(spec: AppSpec, expected: TriggerKind): boolean {
  const kinds = spec.triggers.map((t) => t.kind).filter((k) => k !== 'manual');
  if (expected !== 'manual') return kinds.includes(expected);
  const shipped = new Set((spec.template ? (findTemplate(spec.template)?.spec.triggers ?? []) : []).map((t) => t.kind));
  return kinds.every((k) => shipped.has(k));
}

function fieldsOf(spec: AppSpec) {
  return [...spec.inputs, ...spec.collections.flatMap((c) => c.fields)];
}

export function scoreCase(c: EvalCase, turn: TurnLog): CaseScore {
  // The app as the last app tool of the turn left it (create_app, then set_access when asked).
  const created = turn.calls.find((x) => x.name === 'create_app' && x.ok);
  const last = [...turn.calls].reverse().find((x) => x.ok && specIn(x.data) !== null);
  const spec = created && last ? specIn(last.data) : null;
  const e = c.expect;
  const results: Partial<Record<Property, boolean>> = { valid: spec !== null && turn.calls.every((x) => x.valid) };
  if (!spec) {
    for (const p of PROPERTIES)
      if (p !== 'valid' && (p in e || p === 'outputKind' || p === 'schedule' || p === 'trigger')) results[p] = false;
    const why = turn.calls.find((x) => !x.ok)?.summary ?? turn.reply.slice(0, 200);
    return { id: c.id, results, observed: `no app: ${why}`, spec };
  }
  const kind = specOutputKind(spec);
  results.outputKind = kind === e.outputKind;
  const schedule = spec.triggers.find((t) => t.kind === 'schedule');
  const observedSchedule = schedule?.kind === 'schedule' ? { cron: schedule.cron, timezone: schedule.timezone } : null;
  results.schedule =
    e.schedule === null
      ? observedSchedule === null
      : observedSchedule?.cron === e.schedule.cron && observedSchedule.timezone === e.schedule.timezone;
  results.trigger = triggerMatches(spec, e.trigger);
  if (e.fields) {
    const have = fieldsOf(spec);
    results.fields = e.fields.every((want) =>
      have.some(
        (f) =>
          f.name === want.name &&
          (want.type === undefined || f.type === want.type) &&
          (want.options === undefined || JSON.stringify(f.options ?? []) === JSON.stringify(want.options)),
      ),
    );
  }
  if (e.access !== undefined) results.access = spec.access.level === e.access;
  if (e.template !== undefined) results.template = (spec.template ?? null) === e.template;
  if (e.models) {
    const text = e.models.text === undefined || spec.model.model === e.models.text;
    const image =
      e.models.image === undefined ||
      spec.steps.filter((s) => s.kind === 'generate-image' || s.kind === 'edit-image').every((s) => s.model?.model === e.models!.image);
    results.models = text && image;
  }
  const fields = fieldsOf(spec)
    .map((f) => `${f.name}:${f.type}`)
    .filter((v, i, a) => a.indexOf(v) === i)
    .join(' ');
  const observed = `${kind}; ${observedSchedule ? `${observedSchedule.cron} ${observedSchedule.timezone}` : 'no schedule'}; triggers ${spec.triggers.map((t) => t.kind).join('+')}; template ${spec.template ?? '—'}; model ${spec.model.model}; fields ${fields || '—'}`;
  return { id: c.id, results, observed, spec };
}

export interface EvalSummary {
  cases: CaseScore[];
  /** Property → share passed among the cases that state it (0..1). */
  perProperty: Record<Property, { passed: number; total: number; rate: number }>;
  overall: number;
}

export function summarise(cases: CaseScore[]): EvalSummary {
  const perProperty = Object.fromEntries(
    PROPERTIES.map((p) => {
      const stated = cases.filter((c) => c.results[p] !== undefined);
      const passed = stated.filter((c) => c.results[p]).length;
      return [p, { passed, total: stated.length, rate: stated.length > 0 ? passed / stated.length : 1 }];
    }),
  ) as EvalSummary['perProperty'];
  const all = cases.flatMap((c) => Object.values(c.results));
  return { cases, perProperty, overall: all.length > 0 ? all.filter(Boolean).length / all.length : 1 };
}
