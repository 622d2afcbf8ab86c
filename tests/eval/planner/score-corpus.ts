/**
 * Scoring one corpus item: the app the planner built (the spec the turn's last app tool
 * returned) is read back into the corpus labels' terms and compared property by property.
 * Fields are counted one by one (found / labelled) among the form's inputs, the tables'
 * columns and the extract steps' values; every other property passes or fails.
 */
import type { AppSpec, Field } from '../../../agent/spec/app-spec';
import { specIn } from '../../../agent/planner/conversation';
import type { WEEKDAYS, CorpusItem, CorpusLabels } from './corpus';
import type { TurnLog } from './drive';

export const CORPUS_PROPERTIES = [
  'output',
  'imageInput',
  'documentInput',
  'workload',
  'schedule',
  'trigger',
  'fields',
  'collections',
] as const;
export type CorpusProperty = (typeof CORPUS_PROPERTIES)[number];

export interface Tally {
  passed: number;
  total: number;
}

export interface ItemScore {
  id: string;
  /** Property → how many of its checks passed; a property the item does not label is absent. */
  results: Partial<Record<CorpusProperty, Tally>>;
  /** What was built, in a line, for the failure list. */
  observed: string;
  /** The turn ended on a question instead of an app. */
  asked: boolean;
}

/** What the app hands back, in the labels' four kinds. */
export function outputOf(spec: AppSpec): CorpusLabels['output'] {
  const kinds = new Set(spec.steps.map((s) => s.kind));
  const image = kinds.has('generate-image') || kinds.has('edit-image');
  const text = kinds.has('generate-text');
  if (image && text) return 'text+image';
  if (image) return 'image';
  return text ? 'text' : 'data';
}

const STOP = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'or', 'to', 'in', 'on', 'its', 'their', 'each', 'per', 'any']);

/** Lower-case content words, camelCase split, plurals folded: "Deal sizes" and dealSize meet. */
export function normalWords(text: string): string[] {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0 && !STOP.has(w))
    .map((w) =>
      w.length > 3 && w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w,
    );
}

/** A labelled name matches a field when all its words are in the field's name or label, or the reverse. */
export function sameThing(said: string, name: string, label: string): boolean {
  const want = normalWords(said);
  const have = new Set([...normalWords(name), ...normalWords(label)]);
  if (want.length === 0 || have.size === 0) return false;
  if (want.every((w) => have.has(w))) return true;
  const short = normalWords(name);
  return short.length > 0 && short.every((w) => want.includes(w));
}

/**
 * The fields an app shows: its form, its tables' columns, and the values its extract steps
 * read out ("extract name, date of birth and gender" names three fields the person sees as
 * the result's columns, whether or not a table keeps them).
 */
export function fieldsOf(spec: AppSpec): Field[] {
  const extracted = spec.steps.flatMap((s) => (s.kind === 'extract' ? s.fields : []));
  return [...spec.inputs, ...spec.collections.flatMap((c) => c.fields), ...extracted];
}

const DAY_NUMBER: Record<(typeof WEEKDAYS)[number], number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/** Cron day-of-week field → day numbers (0 = Sunday), or null for `*`. */
function cronDays(field: string): Set<number> | null {
  if (field === '*') return null;
  const days = new Set<number>();
  for (const part of field.split(',')) {
    const [a, b] = part.split('-').map(Number);
    for (let d = a!; d <= (b ?? a!); d++) days.add(d % 7);
  }
  return days;
}

/**
 * Schedule semantics, not cron text: how often and on which days as labelled; the time only
 * when one was said, the zone only when one was said.
 */
export function scheduleMatches(want: NonNullable<CorpusLabels['schedule']>, cron: string, timezone: string): boolean {
  const f = cron.trim().split(/\s+/);
  if (f.length !== 5) return false;
  const [minute, hour, dom, , dow] = f as [string, string, string, string, string];
  const days = cronDays(dow);
  const clock = /^\d+$/.test(minute) && /^\d+$/.test(hour);
  let every: boolean;
  switch (want.every) {
    case 'hour':
      every = /^\d+$/.test(minute) && (hour === '*' || hour === '*/1');
      break;
    case 'day':
      every = clock && dom === '*' && days === null;
      break;
    case 'weekday':
      every = clock && dom === '*' && days !== null && [...days].sort().join() === '1,2,3,4,5';
      break;
    case 'week': {
      // An empty list, as some labellers wrote "weekly" with no day said, asks for one day like no list.
      const wanted = want.days?.length ? want.days.map((d) => DAY_NUMBER[d]) : undefined;
      every = clock && dom === '*' && days !== null && (wanted ? [...days].sort().join() === [...wanted].sort().join() : days.size === 1);
      break;
    }
    case 'month':
      every = clock && days === null && /^\d+$/.test(dom) && (want.dayOfMonth === undefined || Number(dom) === want.dayOfMonth);
      break;
  }
  const time = want.time === null || (clock && `${hour.padStart(2, '0')}:${minute.padStart(2, '0')}` === want.time);
  const zone = want.timezone === null || want.timezone === timezone;
  return every && time && zone;
}

/** The trigger besides the schedule: each start said is there, and no other start from outside. */
function triggerMatches(want: CorpusLabels['trigger'], spec: AppSpec): boolean {
  const kinds = new Set(spec.triggers.map((t) => t.kind));
  const outside = kinds.has('webhook') || kinds.has('email') || kinds.has('record-created');
  switch (want) {
    case 'form':
      return kinds.has('manual') && !outside;
    case 'none':
      return kinds.has('schedule') && !outside;
    case 'webhook':
      return kinds.has('webhook') && !kinds.has('email');
    case 'email':
      return kinds.has('email') && !kinds.has('webhook');
    case 'record-created':
      return kinds.has('record-created');
  }
}

const pass = (ok: boolean): Tally => ({ passed: ok ? 1 : 0, total: 1 });

export function scoreItem(item: CorpusItem, turn: TurnLog): ItemScore {
  const created = turn.calls.some((c) => c.name === 'create_app' && c.ok);
  const last = [...turn.calls].reverse().find((c) => c.ok && specIn(c.data) !== null);
  const spec = created && last ? specIn(last.data) : null;
  const l = item.labels;
  const results: ItemScore['results'] = {};
  if (!spec) {
    for (const p of CORPUS_PROPERTIES) results[p] = p === 'fields' ? { passed: 0, total: l.fields.length } : pass(false);
    if (l.fields.length === 0) delete results.fields;
    const why = turn.asked ? `asked: ${turn.reply}` : `no app: ${turn.calls.find((c) => !c.ok)?.summary ?? turn.reply}`;
    return { id: item.id, results, observed: why.replace(/\s+/g, ' ').slice(0, 240), asked: turn.asked };
  }
  const output = outputOf(spec);
  results.output = pass(output === l.output);
  results.imageInput = pass(spec.inputs.some((f) => f.type === 'image') === l.imageInput);
  results.documentInput = pass(spec.inputs.some((f) => f.type === 'document') === l.documentInput);
  results.workload = pass(
    l.workload === null
      ? spec.workload.length === 0
      : spec.workload.some((w) => w.amount === l.workload!.amount && w.per === l.workload!.per),
  );
  const schedule = spec.triggers.find((t) => t.kind === 'schedule');
  const cron = schedule?.kind === 'schedule' ? schedule : null;
  results.schedule = pass(l.schedule === null ? cron === null : cron !== null && scheduleMatches(l.schedule, cron.cron, cron.timezone));
  results.trigger = pass(triggerMatches(l.trigger, spec));
  const have = fieldsOf(spec);
  if (l.fields.length > 0) {
    results.fields = {
      passed: l.fields.filter((want) => have.some((f) => sameThing(want, f.name, f.label))).length,
      total: l.fields.length,
    };
  }
  results.collections = pass(
    l.collections.length === 0
      ? spec.collections.length === 0
      : l.collections.every((want) => spec.collections.some((c) => sameThing(want, c.name, c.label))),
  );
  const fields = [...new Set(have.map((f) => `${f.name}:${f.type}`))].join(' ');
  const observed = [
    output,
    cron ? `${cron.cron} ${cron.timezone}` : 'no schedule',
    `triggers ${spec.triggers.map((t) => t.kind).join('+')}`,
    `template ${spec.template ?? '—'}`,
    `tables ${spec.collections.map((c) => c.name).join(',') || '—'}`,
    `workload ${spec.workload.map((w) => `${w.amount} ${w.unit}/${w.per}`).join(',') || '—'}`,
    `fields ${fields || '—'}`,
  ].join('; ');
  return { id: item.id, results, observed, asked: false };
}

export type PropertySummary = Record<CorpusProperty, Tally & { rate: number }>;

export function summariseItems(scores: readonly ItemScore[]): PropertySummary {
  return Object.fromEntries(
    CORPUS_PROPERTIES.map((p) => {
      const tallies = scores.flatMap((s) => (s.results[p] ? [s.results[p]!] : []));
      const passed = tallies.reduce((n, t) => n + t.passed, 0);
      const total = tallies.reduce((n, t) => n + t.total, 0);
      return [p, { passed, total, rate: total > 0 ? passed / total : 1 }];
    }),
  ) as PropertySummary;
}
